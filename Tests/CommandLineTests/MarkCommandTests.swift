import Foundation
import Testing

/// `btap mark`, `undo`, `redo` and `history`: the dashboard's marks journal from the shell.
@Suite struct MarkCommandTests {
  @Test func markUndoRedoAndHistory() throws {
    let runner = try BtapRunner()
    let mark = try runner.run([
      "mark", "Austria", "--ratification", "--date", "2025-10-05", "--note", "seen in the news",
    ])
    #expect(mark.status == 0, "\(mark.error)")
    #expect(mark.lines.first == "Recorded mark 1: Austria: ratification deposited on 2025-10-05.")
    #expect(mark.output.contains("The treaty now counts 49 parties."))

    let csv = try runner.run(["parties", "--format", "csv", "--status", "party"])
    let rows = Array(try StandardReaders.csv(csv.output).dropFirst())
    #expect(rows.count == 49)
    #expect(rows.contains { $0[1] == "AT" && $0[4] == "ratification" && $0[6] == "2026-01-05" })

    let undo = try runner.run(["undo"])
    #expect(undo.status == 0)
    #expect(undo.output == "Undid mark 1: Austria: ratification deposited on 2025-10-05.\n")
    #expect(try runner.run(["status"]).output.contains("had 48 parties"))
    let nothing = try runner.run(["undo"])
    #expect(nothing.status == 65)
    #expect(nothing.error == "btap: error: nothing to undo\n")

    let redo = try runner.run(["redo"])
    #expect(redo.status == 0)
    #expect(redo.output.hasPrefix("Redid mark 1"))
    let noRedo = try runner.run(["redo"])
    #expect(noRedo.status == 65)
    #expect(noRedo.error == "btap: error: nothing to redo\n")

    let history = try runner.run(["history", "--format", "csv"])
    let entries = try StandardReaders.csv(history.output)
    #expect(
      entries.first == ["sequence", "made_at", "operation", "party", "date", "note", "state"])
    #expect(entries.count == 4)
    #expect(entries[1][2] == "ratification" && entries[1][5] == "seen in the news")
    #expect(entries[1][6] == "in effect")
    #expect(entries[1][1].count == 20 && entries[1][1].hasSuffix("Z"))
    #expect(entries[2][2] == "undo of 1" && entries[3][2] == "redo of 1")
    let table = try runner.run(["history"])
    #expect(table.lines.count == 5)
  }

  @Test func historyWithoutMarks() throws {
    let result = try BtapRunner().run(["history"])
    #expect(result.status == 0)
    #expect(result.output == "No marks yet.\n")
  }

  @Test func accessionOfAnEligibleStateAndDenunciation() throws {
    let runner = try BtapRunner()
    let accession = try runner.run(["mark", "Afghanistan", "--accession", "--date", "2026-01-10"])
    #expect(accession.status == 0, "\(accession.error)")
    #expect(accession.output.contains("Afghanistan"))
    let denunciation = try runner.run(["mark", "JP", "--denunciation", "--date", "2026-02-01"])
    #expect(denunciation.status == 0, "\(denunciation.error)")
    #expect(denunciation.output.contains("takes effect on 2027-02-01"))
  }

  @Test(arguments: [
    (
      ["mark", "China", "--ratification", "--date", "2020-01-01"], Int32(65),
      "China already deposited its ratification on 2014-07-09"
    ),
    (
      ["mark", "Atlantis", "--accession", "--date", "2020-01-01"], Int32(65),
      "no state or organization matches 'Atlantis'"
    ),
    (["mark", "Austria", "--ratification", "--date", "2999-01-01"], Int32(65), "is in the future"),
    (
      ["mark", "Austria", "--ratification", "--date", "2025-02-30"], Int32(65), "is not a real date"
    ),
    (
      ["mark", "Austria", "--ratification", "--date", "5 Oct 2025"], Int32(64),
      "expected YYYY-MM-DD"
    ),
    (
      ["mark", "Austria", "--ratification", "--date", "2011-01-01"], Int32(65),
      "before the treaty was adopted"
    ),
    (
      ["mark", "Afghanistan", "--ratification", "--date", "2025-01-01"], Int32(65),
      "only signatories ratify"
    ),
    (["mark", "Austria", "--date", "2025-10-05"], Int32(64), "Missing one of"),
    (
      ["mark", "Austria", "--ratification", "--accession", "--date", "2025-10-05"], Int32(64),
      "had already been set"
    ),
    (["mark", "Austria", "--ratification"], Int32(64), "Missing expected argument '--date"),
  ])
  func rejectedMarks(arguments: [String], status: Int32, message: String) throws {
    let runner = try BtapRunner()
    let result = try runner.run(arguments)
    #expect(result.status == status)
    #expect(result.output.isEmpty)
    #expect(result.error.hasPrefix("btap: error: "))
    #expect(result.error.contains(message), "\(result.error)")
    #expect(try runner.run(["history"]).output == "No marks yet.\n")
  }

  @Test func concurrentMarksAreAllKept() throws {
    let runner = try BtapRunner()
    let codes = ["AT", "BE", "FR", "DE", "IT", "NL"]
    let started = try codes.map { code in
      try BtapRunner.start([
        "mark", code, "--ratification", "--date", "2025-10-05", "--data-dir", runner.dataDirectory,
      ])
    }
    let results = try started.map { try $0.finish() }
    #expect(results.allSatisfy { $0.status == 0 }, "\(results.map(\.error))")
    let history = try runner.run(["history", "--format", "csv"])
    let rows = Array(try StandardReaders.csv(history.output).dropFirst())
    #expect(rows.count == codes.count)
    #expect(rows.map { $0[0] } == (1...codes.count).map(String.init))
    #expect(try runner.run(["status"]).output.contains("had \(48 + codes.count) parties"))
  }

  @Test func aJournalAtTheIntegerLimitIsRefusedNotCrashedOn() throws {
    let runner = try BtapRunner()
    let header =
      "# btap marks journal\nsequence\tmade_at\toperation\ttarget\tparty\tkind\tdate\tfield\tvalue\tnote\n"
    let line = "\t2025-01-01T00:00:00Z\tmark\t\tUS\tratification\t2025-01-01\t\t\t\n"
    let path = runner.dataDirectory + "/marks.tsv"
    try (header + "9223372036854775807" + line).write(
      toFile: path, atomically: true, encoding: .utf8)
    for arguments in [
      ["status"], ["undo"], ["mark", "AT", "--ratification", "--date", "2025-10-05"],
    ] {
      let result = try runner.run(arguments)
      #expect(result.status == 65, "\(arguments)")
      #expect(
        result.error
          == "btap: error: \(path):3: sequence '9223372036854775807' is out of range (expected 1 to 999999999)\n"
      )
    }
    try (header + "999999999" + line).write(toFile: path, atomically: true, encoding: .utf8)
    let full = try runner.run(["undo"])
    #expect(full.status == 65)
    #expect(
      full.error.hasPrefix("btap: error: the marks journal has reached its last sequence number"))
    #expect(try runner.run(["status"]).status == 0)
  }
}
