import Foundation
import Testing

/// Where the user's data is, and what happens when it cannot be read.
@Suite struct DataDirectoryTests {
  @Test func environmentVariableAndOptionPositions() throws {
    let runner = try BtapRunner()
    let marked = try runner.run(
      ["mark", "AT", "--signature", "--date", "2013-01-01"], dataDirectoryOption: false,
      environment: ["BTAP_DATA_DIR": runner.dataDirectory])
    #expect(marked.status == 65, "Austria signed already; the journal is read from BTAP_DATA_DIR")
    let accepted = try runner.run(
      ["mark", "Afghanistan", "--accession", "--date", "2026-01-10"], dataDirectoryOption: false,
      environment: ["BTAP_DATA_DIR": runner.dataDirectory])
    #expect(accepted.status == 0)
    let before = try BtapRunner.run([
      "--data-dir", runner.dataDirectory, "history", "--format", "tsv",
    ])
    #expect(before.lines.count == 2)
    let after = try BtapRunner.run([
      "history", "--format", "tsv", "--data-dir", runner.dataDirectory,
    ])
    #expect(after.output == before.output)
  }

  @Test func aDataDirectoryThatIsAFileIsAnInputOutputError() throws {
    let runner = try BtapRunner()
    let file = runner.dataDirectory + "/not-a-directory"
    FileManager.default.createFile(atPath: file, contents: Data("x".utf8))
    for arguments in [
      ["status"], ["parties"], ["mark", "AT", "--ratification", "--date", "2025-10-05"],
    ] {
      let result = try BtapRunner.run(arguments + ["--data-dir", file])
      #expect(result.status == 74)
      #expect(result.error == "btap: error: \(file): the data directory is not a directory\n")
    }
  }

  @Test func anUnreadableJournalIsAnInputOutputError() throws {
    let runner = try BtapRunner()
    try FileManager.default.createDirectory(
      atPath: runner.dataDirectory + "/marks.tsv", withIntermediateDirectories: true)
    let result = try runner.run(["status"])
    #expect(result.status == 74)
    #expect(result.error.hasPrefix("btap: error: \(runner.dataDirectory)/marks.tsv: "))
  }

  @Test func aMalformedJournalIsADataErrorWithFileAndLine() throws {
    let runner = try BtapRunner()
    let journal = """
      # btap marks journal, format 1
      sequence\tmade_at\toperation\ttarget\tparty\tkind\tdate\tfield\tvalue\tnote
      1\tyesterday\tmark\t\tAT\tratification\t2025-10-05\t\t\t

      """
    try journal.write(
      toFile: runner.dataDirectory + "/marks.tsv", atomically: true, encoding: .utf8)
    let result = try runner.run(["history"])
    #expect(result.status == 65)
    #expect(result.error.hasPrefix("btap: error: \(runner.dataDirectory)/marks.tsv:3: "))
  }

  @Test func aMalformedImportedNewsFileNamesItsLine() throws {
    let runner = try BtapRunner()
    let news = "id\tdate\tprecision\ttitle\tsummary\tlink\torigin\nx\t2020-13-01\tday\tT\t\t\t\n"
    try news.write(
      toFile: runner.dataDirectory + "/news-imported.tsv", atomically: true, encoding: .utf8)
    let result = try runner.run(["news"])
    #expect(result.status == 65)
    #expect(result.error.contains("news-imported.tsv:2: bad date '2020-13-01'"))
  }

  @Test func missingShippedDataIsAnInputOutputError() throws {
    let runner = try BtapRunner()
    let result = try runner.run(["status", "--resources", runner.dataDirectory])
    #expect(result.status == 74)
    #expect(result.error.contains("parties.tsv"))
  }

  @Test func helpVersionAndCompletion() throws {
    let help = try BtapRunner.run(["--help"])
    #expect(help.status == 0)
    for command in [
      "status", "parties", "show", "rights", "news", "mark", "undo", "redo", "history",
    ] {
      #expect(help.output.contains("  \(command)"), "help lists \(command)")
    }
    #expect(!help.output.contains("--resources"))
    let subcommandHelp = try BtapRunner.run(["help", "parties"])
    #expect(subcommandHelp.status == 0)
    #expect(subcommandHelp.output.contains("--format"))
    let completion = try BtapRunner.run(["--generate-completion-script", "bash"])
    #expect(completion.status == 0)
    #expect(completion.output.contains("btap"))
    let unknown = try BtapRunner.run(["frobnicate"])
    #expect(unknown.status == 64)
    #expect(unknown.error.hasPrefix("btap: error: "))
  }
}
