/// A contracting-parties table in the public dataset's format, read for this treaty: WIPO's
/// names matched to btap's codes, rows of other treaties skipped.
///
/// The format is the one of the `membership-to-copyright-treaties` dataset: the header
/// `Contracting Party,Treaty,Signature Date,Instrument Type,Instrument Date,Entry Into Force
/// Date`, ISO dates, one row per state and treaty. A malformed row of this treaty is a
/// ``DataError`` naming the file and line; a name no state has is kept as an unmatched row,
/// never guessed.
public struct DepositaryTable: Hashable, Sendable {
  /// The header the table must have.
  public static let header = [
    "Contracting Party", "Treaty", "Signature Date", "Instrument Type", "Instrument Date",
    "Entry Into Force Date",
  ]
  /// The instrument types a row of this treaty may have, as the table writes them.
  static let instrumentTypes: [(text: String, instrument: Instrument)] = [
    ("Ratification", .ratification), ("Accession", .accession),
  ]
  /// How the table names this treaty, besides the treaty's own names.
  static let treatyLabel = "Beijing"

  /// A row whose name is no state btap knows.
  public struct UnmatchedRow: Hashable, Sendable {
    /// The line it is on.
    public let line: Int
    /// The name as the table writes it.
    public let name: String
  }

  /// The file, as named in messages.
  public let file: String
  /// The rows of this treaty that matched a state, as a layer.
  public let layer: DataLayer
  /// The line of each matched state's row, by code.
  public let lineByCode: [String: Int]
  /// The rows of this treaty that matched no state.
  public let unmatched: [UnmatchedRow]
  /// How many rows were about other treaties (skipped).
  public let otherTreatyRows: Int

  /// Reads the table at `path`: an unreadable file throws ``DataError/Problem/unreadable(reason:)``.
  ///
  /// `latest` is the newest date a signature or deposit may have (the table's date, or today).
  public static func load(
    path: String, names: StateNameIndex, facts: TreatyFacts, latest: CalendarDate
  ) throws(DataError) -> DepositaryTable {
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.read(path)
    } catch {
      throw DataError(file: path, line: nil, problem: .unreadable(reason: error.reason))
    }
    return try parse(
      CSVTable(bytes: bytes, file: path), names: names, facts: facts, latest: latest)
  }

  /// Reads the rows of this treaty from a parsed table.
  public static func parse(
    _ table: CSVTable, names: StateNameIndex, facts: TreatyFacts, latest: CalendarDate
  ) throws(DataError) -> DepositaryTable {
    guard table.header == header else {
      throw DataError(
        file: table.file, line: table.headerLine,
        problem: .inconsistent(
          "expected the header '\(header.joined(separator: ","))', found '"
            + MarkJournal.cleanField(table.header.joined(separator: ",")) + "'"))
    }
    let ours = Set([treatyLabel, facts.shortName, facts.name].map(TextFolding.fold))
    var entries: [DataLayer.Entry] = []
    var lineByCode: [String: Int] = [:]
    var unmatched: [UnmatchedRow] = []
    var others = 0
    for record in table.records {
      guard ours.contains(TextFolding.fold(record.fields[1].trimmingSpaces())) else {
        others += 1
        continue
      }
      let row = try RowReader(table: table, record: record, facts: facts, latest: latest)
      guard let code = names.code(named: row.name) else {
        unmatched.append(UnmatchedRow(line: record.line, name: row.name))
        continue
      }
      if let first = lineByCode[code] {
        throw table.error(
          record,
          .duplicate(
            column: header[0], value: MarkJournal.cleanField(row.name), firstLine: first))
      }
      lineByCode[code] = record.line
      entries.append(
        DataLayer.Entry(
          code: code, name: row.name, signatureDate: row.signature, instrument: row.instrument,
          depositDate: row.deposit, inForceDate: row.inForce))
    }
    return DepositaryTable(
      file: table.file, layer: DataLayer(entries: entries), lineByCode: lineByCode,
      unmatched: unmatched, otherTreatyRows: others)
  }

  /// One row of this treaty, checked against the treaty's rules.
  private struct RowReader {
    let name: String
    let signature: CalendarDate?
    let instrument: Instrument?
    let deposit: CalendarDate?
    let inForce: CalendarDate?

    init(
      table: CSVTable, record: CSVTable.Record, facts: TreatyFacts, latest: CalendarDate
    ) throws(DataError) {
      func date(_ column: Int) throws(DataError) -> CalendarDate? {
        let text = record.fields[column].trimmingSpaces()
        if text.isEmpty { return nil }
        guard let date = CalendarDate(text) else {
          throw table.error(
            record, .badDate(column: header[column], value: MarkJournal.cleanField(text)))
        }
        return date
      }
      func problem(_ text: String) -> DataError { table.error(record, .inconsistent(text)) }
      name = record.fields[0].trimmingSpaces()
      guard !name.isEmpty else { throw table.error(record, .emptyField(column: header[0])) }
      signature = try date(2)
      deposit = try date(4)
      inForce = try date(5)
      let type = record.fields[3].trimmingSpaces()
      if type.isEmpty {
        instrument = nil
      } else {
        guard
          let known = instrumentTypes.first(where: {
            TextFolding.fold($0.text) == TextFolding.fold(type)
          })
        else {
          throw table.error(
            record,
            .unknownValue(
              column: header[3], value: MarkJournal.cleanField(type),
              allowed: instrumentTypes.map(\.text) + ["(empty)"]))
        }
        instrument = known.instrument
      }
      switch (instrument, deposit) {
      case (nil, .some): throw table.error(record, .emptyField(column: header[3]))
      case (.some, nil): throw table.error(record, .emptyField(column: header[4]))
      default: break
      }
      if signature == nil, deposit == nil {
        throw problem("neither a signature date nor an instrument")
      }
      if let signature, signature < facts.adopted || signature > facts.signaturePeriodEnds {
        throw problem(
          "signature date \(signature) is outside the signature period "
            + "\(facts.adopted) to \(facts.signaturePeriodEnds) (Art. 25)")
      }
      if instrument == .ratification, signature == nil {
        throw problem("a ratification without a signature date (only signatories ratify)")
      }
      if let deposit, deposit < facts.adopted {
        throw problem("instrument date \(deposit) is before the treaty's adoption")
      }
      if let deposit, let signature, deposit < signature {
        throw problem("instrument date \(deposit) is before the signature date \(signature)")
      }
      if let inForce, deposit == nil {
        throw problem("an entry-into-force date \(inForce) without an instrument")
      }
      if let inForce, let deposit, inForce < deposit {
        throw problem("entry-into-force date \(inForce) is before the instrument date \(deposit)")
      }
      for (label, value) in [("signature", signature), ("instrument", deposit)] {
        if let value, value > latest {
          throw problem("\(label) date \(value) is after the table's date \(latest)")
        }
      }
    }
  }
}
