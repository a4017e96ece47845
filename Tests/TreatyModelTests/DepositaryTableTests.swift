import Foundation
import Testing
import TreatyModel

/// Builds contracting-parties tables in the public dataset's format from the shipped data.
enum DepositaryTableText {
  /// The header line of the format.
  static let header =
    "Contracting Party,Treaty,Signature Date,Instrument Type,Instrument Date,Entry Into Force Date"

  /// One field as a CSV writer quotes it: in double quotes, quotes doubled, when it needs to.
  static func quoted(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// One row for a participant, with WIPO's names (btap's names are WIPO's).
  static func row(_ participant: Participant) -> String {
    [
      participant.name, "Beijing", participant.signatureDate?.description ?? "",
      participant.instrument.map { $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst() }
        ?? "",
      participant.depositDate?.description ?? "",
      participant.recordedInForceDate?.description ?? "",
    ].map(quoted).joined(separator: ",")
  }

  /// The shipped signatories and parties as a table, with a row of another treaty between
  /// them, lines ending in CRLF as spreadsheets write them.
  static func shipped(_ dataset: TreatyDataset, editing edit: (inout [String]) -> Void = { _ in })
    -> String
  {
    var rows = dataset.participants.filter(\.isListed).map(row)
    rows.insert("France,WPPT,1997-01-09,Ratification,2008-11-14,2009-03-14", at: 3)
    edit(&rows)
    return ([header] + rows).map { $0 + "\r\n" }.joined()
  }
}

@Suite("Comma-separated tables: RFC 4180, strictly, with file and line")
struct CSVTableTests {
  private func table(_ text: String) throws -> CSVTable {
    try CSVTable(bytes: Array(text.utf8), file: "t.csv")
  }

  private func failure(_ text: String) -> String {
    do {
      _ = try table(text)
      return "no error"
    } catch {
      return String(describing: error)
    }
  }

  @Test("quoted fields keep commas, doubled quotes and line breaks; lines are counted through them")
  func quotedFields() throws {
    let text =
      "\u{FEFF}a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\nlast,,\"\"\nend,1,2"
    let parsed = try table(text)
    #expect(parsed.header == ["a", "b", "c"])
    #expect(
      parsed.records.map(\.fields) == [
        ["x, y", "say \"hi\"", "two\nlines"], ["last", "", ""], ["end", "1", "2"],
      ])
    #expect(parsed.records.map(\.line) == [2, 5, 6])
  }

  @Test("malformed text is refused with the line of the problem")
  func malformed() {
    #expect(failure("a,b\n1,x\"y\n").hasPrefix("t.csv:2: a quote inside an unquoted field"))
    #expect(failure("a,b\n1,\"x\"y\n").hasPrefix("t.csv:2: text after a closing quote"))
    #expect(failure("a,b\n1,2\n3,\"open\n\n").hasPrefix("t.csv:3: a quoted field opens"))
    #expect(failure("a,b\n1,2\n3\n") == "t.csv:3: missing column: expected 2 fields, found 1")
    #expect(failure("a,b\n1,2,3\n") == "t.csv:2: extra column: expected 2 fields, found 3")
    #expect(failure("") == "t.csv: the file is empty")
    let invalid = try? CSVTable(
      bytes: Array("a,b\n1,2\n".utf8) + [0xFF, 0x2C, 0x31, 0x0A], file: "t.csv")
    #expect(invalid == nil)
    do {
      _ = try CSVTable(bytes: Array("a,b\n1,2\n".utf8) + [0xFF, 0x2C, 0x31, 0x0A], file: "t.csv")
    } catch {
      #expect(error.description == "t.csv:3: the text is not valid UTF-8")
    }
  }
}

@Suite("The depositary's table: compared with what btap knows, kept as a data layer")
struct DepositaryTableTests {
  let dataset: TreatyDataset
  init() throws { dataset = try Fixtures.dataset() }

  private static let asOf = CalendarDate("2026-01-20") ?? CalendarDate(dayNumber: 0)

  private func write(_ text: String) throws -> String {
    let path = try Fixtures.temporaryDirectory("btap-table") + "/table.csv"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// The shipped table with Germany's ratification added and Armenia's accession a day later.
  private func changedTable() -> String {
    DepositaryTableText.shipped(dataset) { rows in
      for index in rows.indices {
        if rows[index].hasPrefix("Germany,") {
          rows[index] = "Germany,Beijing,2013-06-20,Ratification,2026-01-15,2026-04-15"
        } else if rows[index].hasPrefix("Armenia,") {
          rows[index] = "Armenia,Beijing,,Accession,2020-12-18,2021-03-18"
        }
      }
      rows.append("Atlantis,Beijing,,Accession,2025-01-01,2025-04-01")
    }
  }

  @Test("a table equal to the shipped data: no difference, every row matched")
  func equalTable() throws {
    let workspace = try Workspace.open(locations: try Fixtures.locations(), dataset: dataset)
    let path = try write(DepositaryTableText.shipped(dataset))
    let table = try workspace.readDepositaryTable(at: path, latest: Self.asOf)
    #expect(table.layer.entries.count == dataset.participants.filter(\.isListed).count)
    #expect(table.otherTreatyRows == 1)
    #expect(table.unmatched.isEmpty)
    let comparison = workspace.comparison(with: table, asOf: Self.asOf)
    #expect(comparison.hasNoDifference)
    #expect(comparison.missingFromTable.isEmpty)
  }

  @Test("an added party and a changed date are exactly the differences; a stranger is unmatched")
  func changedTableDifferences() throws {
    let workspace = try Workspace.open(locations: try Fixtures.locations(), dataset: dataset)
    let table = try workspace.readDepositaryTable(at: try write(changedTable()), latest: Self.asOf)
    let comparison = workspace.comparison(with: table, asOf: Self.asOf)
    #expect(comparison.newParties.map(\.code) == ["DE"])
    #expect(
      comparison.newParties.first?.fields.map(\.field) == ["instrument", "deposit", "in force"])
    #expect(comparison.newSignatories.isEmpty)
    #expect(comparison.changed.map(\.code) == ["AM"])
    #expect(
      comparison.changed.first?.fields
        == [
          .init(field: "deposit", before: "2020-12-17", after: "2020-12-18"),
          .init(field: "in force", before: "2021-03-17", after: "2021-03-18"),
        ])
    #expect(comparison.unmatched.map(\.name) == ["Atlantis"])
    #expect(comparison.marks.isEmpty)
  }

  @Test(
    "applied: every front end's ledger has the table, data as of moves, marks are judged, undo removes it"
  )
  func applyAndUndo() throws {
    let locations = try Fixtures.locations()
    var workspace = try Workspace.open(locations: locations, dataset: dataset)
    // A mark the table confirms and one it overrules.
    try workspace.mark(
      code: "DE", action: .ratification(CalendarDate("2026-01-15")!), clock: Fixtures.clock)
    try workspace.mark(
      code: "FR", action: .ratification(CalendarDate("2025-12-01")!), clock: Fixtures.clock)
    var text = changedTable()
    text = text.replacingOccurrences(
      of: "France,Beijing,2012-06-26,,,",
      with: "France,Beijing,2012-06-26,Ratification,2025-12-02,2026-03-02")
    let table = try workspace.readDepositaryTable(at: try write(text), latest: Self.asOf)
    let comparison = workspace.comparison(with: table, asOf: Self.asOf)
    #expect(comparison.newParties.isEmpty)
    #expect(comparison.changed.map(\.code).sorted() == ["AM", "FR"])
    #expect(comparison.marks.map(\.outcome).count == 2)

    try workspace.applyDataLayer(table, asOf: Self.asOf, source: "table.csv", clock: Fixtures.clock)
    let reopened = try Workspace.open(locations: locations, dataset: dataset)
    for ledger in [workspace.ledger, reopened.ledger] {
      #expect(ledger.dataset.facts.dataAsOf == Self.asOf)
      #expect(ledger.shippedDataset.facts.dataAsOf == dataset.facts.dataAsOf)
      #expect(ledger.participant(code: "AM")?.depositDate == CalendarDate("2020-12-18"))
      #expect(ledger.participant(code: "FR")?.depositDate == CalendarDate("2025-12-02"))
      #expect(ledger.outcomes[1] == .confirmedByImportedTable)
      if case .superseded? = ledger.outcomes[2] {} else { Issue.record("FR mark still applies") }
      #expect(ledger.dataAge(on: Self.asOf).dataAsOf == Self.asOf)
      let snapshot = TreatySnapshot(ledger: ledger, on: Self.asOf)
      #expect(snapshot.standing(code: "DE")?.depositDate == CalendarDate("2026-01-15"))
      // Time travel: before the deposit the table records, Germany had only signed.
      let earlier = TreatySnapshot(ledger: ledger, on: CalendarDate("2025-06-01")!)
      #expect(earlier.standing(code: "DE")?.depositDate == nil)
    }
    try workspace.undo(clock: Fixtures.clock)
    #expect(workspace.ledger.dataset.facts.dataAsOf == dataset.facts.dataAsOf)
    #expect(workspace.ledger.participant(code: "AM")?.depositDate == CalendarDate("2020-12-17"))
    #expect(workspace.ledger.outcomes[1] == .applied)
    try workspace.redo(clock: Fixtures.clock)
    #expect(workspace.ledger.dataset.facts.dataAsOf == Self.asOf)
  }

  @Test("a table not newer than the data, or in the future, is refused")
  func tableDates() throws {
    let workspace = try Workspace.open(locations: try Fixtures.locations(), dataset: dataset)
    #expect(throws: MarkError.self) {
      try workspace.checkDataLayerDate(dataset.facts.dataAsOf, today: Self.asOf)
    }
    #expect(throws: MarkError.self) {
      try workspace.checkDataLayerDate(CalendarDate("2026-02-01")!, today: Self.asOf)
    }
    try workspace.checkDataLayerDate(Self.asOf, today: Self.asOf)
  }

  @Test(
    "a malformed row of this treaty names its file and line; another treaty's rows are not read")
  func malformedRows() throws {
    let workspace = try Workspace.open(locations: try Fixtures.locations(), dataset: dataset)
    func failure(_ row: String) throws -> String {
      let path = try write(DepositaryTableText.shipped(dataset) { $0.append(row) })
      do {
        _ = try workspace.readDepositaryTable(at: path, latest: Self.asOf)
        return "no error"
      } catch {
        return error.description.replacingOccurrences(of: path, with: "T")
      }
    }
    let line = dataset.participants.filter(\.isListed).count + 3
    #expect(
      try failure("Germany,Beijing,2013-06-20,Ratification,2026-13-01,")
        == "T:\(line): bad date '2026-13-01' in Instrument Date (expected a real date as YYYY-MM-DD)"
    )
    #expect(
      try failure("Germany,Beijing,2013-06-20,Ratified,2026-01-01,").hasPrefix(
        "T:\(line): unknown Instrument Type 'Ratified'"))
    #expect(
      try failure("Germany,Beijing,,Ratification,2026-01-01,")
        == "T:\(line): a ratification without a signature date (only signatories ratify)")
    #expect(
      try failure("Germany,Beijing,2013-06-20,Ratification,2026-02-01,").hasPrefix(
        "T:\(line): instrument date 2026-02-01 is after the table's date"))
    #expect(
      try failure("Austria,Beijing,2013-06-19,,,").hasPrefix(
        "T:\(line): duplicate Contracting Party 'Austria'"))
    #expect(try failure("Narnia,Berne,1900-01-01,,,oops") == "no error")
    let header = try write("Party,Treaty\nFrance,Beijing\n")
    #expect(throws: DataError.self) {
      try workspace.readDepositaryTable(at: header, latest: Self.asOf)
    }
    do {
      _ = try workspace.readDepositaryTable(at: "/nonexistent/table.csv", latest: Self.asOf)
    } catch {
      if case .unreadable = error.problem {} else { Issue.record("expected unreadable: \(error)") }
    }
  }

  @Test("a kept layer reads back the same, and a damaged one names file and line")
  func layerFile() throws {
    let workspace = try Workspace.open(locations: try Fixtures.locations(), dataset: dataset)
    let table = try workspace.readDepositaryTable(at: try write(changedTable()), latest: Self.asOf)
    let codes = dataset.participantIndex
    let bytes = table.layer.encoded()
    #expect(try DataLayer.parse(bytes, file: "l.tsv", knownCodes: codes) == table.layer)
    var text = String(decoding: bytes, as: UTF8.self)
    text = text.replacingOccurrences(of: "DE\tGermany", with: "QQ\tGermany")
    #expect(throws: DataError.self) {
      try DataLayer.parse(Array(text.utf8), file: "l.tsv", knownCodes: codes)
    }
  }
}
