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

  /// Every command that reads the user's data, with the arguments it needs.
  static let readingCommands: [[String]] = [
    ["status"], [], ["parties"], ["show", "AT"], ["rights"], ["rights", "5"], ["news"],
    ["news", "list"], ["news", "read", "wipo-2020-01-28-indonesia"],
    ["news", "import", BtapRunner.fixture("rss2.xml")], ["history"], ["undo"], ["redo"],
    ["mark", "AT", "--ratification", "--date", "2025-10-05"],
  ]

  @Test("a data directory under a regular file is an input/output error, never 'no marks'")
  func aDataDirectoryUnderARegularFile() throws {
    let runner = try BtapRunner()
    let file = runner.dataDirectory + "/file"
    FileManager.default.createFile(atPath: file, contents: Data("x".utf8))
    let directory = file + "/sub"
    for arguments in DataDirectoryTests.readingCommands {
      let result = try BtapRunner.run(arguments + ["--data-dir", directory])
      #expect(result.status == 74, "\(arguments): \(result.output)")
      #expect(result.output.isEmpty, "\(arguments)")
      #expect(
        result.error
          == "btap: error: \(directory): cannot read the data directory (Not a directory)\n",
        "\(arguments)")
    }
    #expect(!FileManager.default.fileExists(atPath: directory))
  }

  @Test("a data directory that cannot be resolved even by root (a symbolic link loop)")
  func aDataDirectoryThatIsASymbolicLinkLoop() throws {
    let runner = try BtapRunner()
    let loop = runner.dataDirectory + "/loop"
    try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: "loop")
    for arguments in DataDirectoryTests.readingCommands {
      let result = try BtapRunner.run(arguments + ["--data-dir", loop])
      #expect(result.status == 74, "\(arguments): \(result.output)")
      #expect(
        result.error
          == "btap: error: \(loop): cannot read the data directory (Too many levels of symbolic links)\n",
        "\(arguments)")
    }
  }

  /// An unreadable data directory (mode 000), for an ordinary user.
  ///
  /// Root reads it anyway, so as root btap runs as the unprivileged user `nobody` (through
  /// `setpriv`); the directory then really is closed. The symbolic-link loop above is the
  /// case that fails for root itself.
  @Test("a data directory without permissions is an input/output error for an ordinary user")
  func aDataDirectoryWithoutPermissions() throws {
    let runner = try BtapRunner()
    let directory = runner.dataDirectory + "/closed"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try Data("# news items read in btap\nid\tread_at\n".utf8).write(
      to: URL(fileURLWithPath: directory + "/news-read.tsv"))
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o777], ofItemAtPath: runner.dataDirectory)
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: directory)
    defer {
      try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory)
    }
    for arguments in [["status"], ["parties"], ["history"], ["news"]] {
      let result = try BtapRunner.runUnprivileged(arguments + ["--data-dir", directory])
      #expect(result.status == 74, "\(arguments): \(result.output)")
      #expect(result.output.isEmpty)
      #expect(
        result.error
          == "btap: error: \(directory): cannot read the data directory (Permission denied)\n",
        "\(arguments)")
    }
    let missing = try BtapRunner.runUnprivileged(["status", "--data-dir", directory + "-new"])
    #expect(missing.status == 0, "a data directory that does not exist yet is a first run")
    #expect(missing.output.contains("You have no marks of your own"))
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
