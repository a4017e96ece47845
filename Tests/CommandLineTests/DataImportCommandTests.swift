import Foundation
import Testing

/// `btap data import` on the built binary, with tables written from the shipped
/// `parties.tsv` (read apart from btap) in the public dataset's format.
@Suite struct DataImportCommandTests {
  /// The shipped signatories and parties as a contracting-parties table (btap's names are
  /// WIPO's), a row of another treaty among them, then `extra` rows.
  static func table(
    replacing replacements: [String: String] = [:], extra: [String] = []
  ) throws -> String {
    var lines = [
      "Contracting Party,Treaty,Signature Date,Instrument Type,Instrument Date,Entry Into Force Date",
      "\"Bolivia (Plurinational State of)\",WCT,,Accession,2010-01-01,2010-04-01",
    ]
    for row in try ShippedParties.load().rows {
      let instrument = row.instrument.prefix(1).uppercased() + row.instrument.dropFirst()
      let name = row.name.contains(",") ? "\"\(row.name)\"" : row.name
      let line = [
        name, "Beijing", row.signatureDate, instrument, row.depositDate, row.inForceDate,
      ].joined(separator: ",")
      lines.append(replacements[row.code] ?? line)
    }
    return (lines + extra).map { $0 + "\r\n" }.joined()
  }

  /// Germany's ratification added and Armenia's accession a day later.
  static let changes = [
    "DE": "Germany,Beijing,2013-06-20,Ratification,2026-01-15,2026-04-15",
    "AM": "Armenia,Beijing,,Accession,2020-12-18,2021-03-18",
  ]

  private func write(_ text: String, in runner: BtapRunner) throws -> String {
    let path = runner.dataDirectory + "-table.csv"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func aTableEqualToTheShippedDataShowsNoDifferenceAndChangesNothing() throws {
    let runner = try BtapRunner()
    let path = try write(try Self.table(), in: runner)
    let result = try runner.run(["data", "import", path])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.lines.contains("No difference: the table records what btap knows."))
    #expect(
      result.lines.first == "\(path): 99 rows of this treaty read, 1 row of other treaties skipped."
    )
    #expect(!result.output.contains("("), "no section is listed: \(result.output)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: runner.dataDirectory).isEmpty)
  }

  @Test func anAddedPartyAndAChangedDateAreExactlyTheDifferences() throws {
    let runner = try BtapRunner()
    let path = try write(try Self.table(replacing: Self.changes), in: runner)
    let result = try runner.run(["data", "import", path])
    #expect(result.status == 0, "\(result.error)")
    #expect(
      Array(result.lines.dropFirst())
        == [
          "New parties (1):",
          "  Germany (DE), line 37: instrument none → ratification; deposit none → 2026-01-15; "
            + "in force none → 2026-04-15",
          "Changed (1):",
          "  Armenia (AM), line 4: deposit 2020-12-17 → 2020-12-18; in force 2021-03-17 → 2021-03-18",
          "Nothing was changed. To keep the table, run this again with --apply --as-of DATE.",
        ])
    #expect(try FileManager.default.contentsOfDirectory(atPath: runner.dataDirectory).isEmpty)
  }

  @Test func appliedTheTableIsWhatPartiesShowsAndUndoTakesItAway() throws {
    let runner = try BtapRunner()
    let path = try write(try Self.table(replacing: Self.changes), in: runner)
    let applied = try runner.run(["data", "import", path, "--apply", "--as-of", "2026-01-20"])
    #expect(applied.status == 0, "\(applied.error)")
    #expect(
      applied.lines.last?.hasPrefix("Applied as mark 1: btap's data is now as of 2026-01-20.")
        == true)

    let csv = try StandardReaders.csv(try runner.run(["parties", "--format", "csv"]).output)
    let byCode = Dictionary(uniqueKeysWithValues: csv.dropFirst().map { ($0[1], $0) })
    #expect(
      byCode["DE"]?[3...7] == ["2013-06-20", "ratification", "2026-01-15", "2026-04-15", "party"])
    #expect(byCode["AM"]?[5...6] == ["2020-12-18", "2021-03-18"])
    let status = try runner.run(["status"])
    #expect(status.output.contains("As of 2026-01-20, the date of btap's data"))
    let again = try runner.run(["data", "import", path])
    #expect(again.lines.contains("No difference: the table records what btap knows."))

    let undone = try runner.run(["undo"])
    #expect(undone.status == 0)
    #expect(undone.output.contains("the depositary's table as of 2026-01-20"))
    let after = try StandardReaders.csv(try runner.run(["parties", "--format", "csv"]).output)
    let germany = after.first { $0[1] == "DE" }
    #expect(germany?[4...5] == ["", ""])
    #expect(try runner.run(["redo"]).status == 0)
    let redone = try StandardReaders.csv(try runner.run(["parties", "--format", "csv"]).output)
    #expect(redone.first { $0[1] == "DE" }?[5] == "2026-01-15")
  }

  @Test func badDatesAndMissingOptionsAreRefusedWithTheRightStatus() throws {
    let runner = try BtapRunner()
    let path = try write(try Self.table(replacing: Self.changes), in: runner)
    #expect(try runner.run(["data", "import", path, "--apply"]).status == 64)
    #expect(try runner.run(["data", "import", path, "--as-of", "20-01-2026"]).status == 64)
    let old = try runner.run(["data", "import", path, "--apply", "--as-of", "2025-01-01"])
    #expect(old.status == 65)
    #expect(old.error.contains("is not after the shipped data's date"))
    let future = try runner.run(["data", "import", path, "--apply", "--as-of", "2999-01-01"])
    #expect(future.status == 65)
    // A deposit after the table's own date.
    let early = try runner.run(["data", "import", path, "--apply", "--as-of", "2026-01-10"])
    #expect(early.status == 65)
    #expect(
      early.error.contains("\(path):37: instrument date 2026-01-15 is after the table's date"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: runner.dataDirectory).isEmpty)
  }

  @Test func aMalformedRowGetsFileAndLineAndAnUnreadableFileIsAnIOError() throws {
    let runner = try BtapRunner()
    let path = try write(
      try Self.table(extra: ["Samoa,Beijing,,Accession,2026-02-30,"]), in: runner)
    let result = try runner.run(["data", "import", path, "--apply", "--as-of", "2026-03-01"])
    #expect(result.status == 65)
    #expect(
      result.error
        == "btap: error: \(path):102: bad date '2026-02-30' in Instrument Date "
        + "(expected a real date as YYYY-MM-DD)\n")
    let quote = try write(
      try Self.table(extra: ["Sa\"moa,Beijing,,Accession,2026-02-01,"]), in: runner)
    let quoted = try runner.run(["data", "import", quote])
    #expect(quoted.status == 65)
    #expect(quoted.error.contains("\(quote):102: a quote inside an unquoted field"))
    let missing = try runner.run(["data", "import", runner.dataDirectory + "-none.csv"])
    #expect(missing.status == 74)
    #expect(try FileManager.default.contentsOfDirectory(atPath: runner.dataDirectory).isEmpty)
  }
}
