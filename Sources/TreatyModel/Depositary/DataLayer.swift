/// The depositary's table of signatories and parties, as btap keeps it once applied: one entry
/// per state, under btap's codes, laid over the shipped data as a newer release would be.
///
/// Kept in the user's data directory (``directoryName``) as a tab-separated file that is
/// written once and never changed; the marks journal names it and its date, so undo and redo
/// switch it off and on like any mark.
public struct DataLayer: Hashable, Sendable {
  /// One state's record in the table.
  public struct Entry: Hashable, Sendable {
    /// btap's ISO code for it.
    public let code: String
    /// The name the table gives it.
    public let name: String
    /// The date it signed, if it did.
    public let signatureDate: CalendarDate?
    /// How it joined, if it did.
    public let instrument: Instrument?
    /// The date its instrument was deposited.
    public let depositDate: CalendarDate?
    /// The date the treaty binds it, as the table records it (empty: the rules compute it).
    public let inForceDate: CalendarDate?

    /// Creates an entry.
    public init(
      code: String, name: String, signatureDate: CalendarDate?, instrument: Instrument?,
      depositDate: CalendarDate?, inForceDate: CalendarDate?
    ) {
      self.code = code
      self.name = name
      self.signatureDate = signatureDate
      self.instrument = instrument
      self.depositDate = depositDate
      self.inForceDate = inForceDate
    }
  }

  /// The folder in the user's data directory that holds the applied tables.
  public static let directoryName = "data-layers"
  /// The header row of a kept table.
  static let header = [
    "iso2", "name", "signature_date", "instrument", "deposit_date", "in_force_date",
  ]
  /// The comment line that opens a kept table.
  static let preamble =
    "# btap data layer, format 1: a depositary table as imported; btap checks every line."

  /// The entries, in the table's order, each code once.
  public let entries: [Entry]

  /// Creates a layer from entries.
  public init(entries: [Entry]) {
    self.entries = entries
  }

  /// The shipped data as the table records it on `asOf`: each listed state's signature,
  /// instrument, deposit and in-force dates are the table's, and "data as of" is `asOf`.
  ///
  /// States the table leaves out keep the shipped facts; the order of the participants is
  /// unchanged, so positions and codes still agree.
  public func applied(to dataset: TreatyDataset, asOf: CalendarDate) -> TreatyDataset {
    var result = dataset
    result.facts.dataAsOf = asOf
    // Changed in a copy and set once: the dataset re-indexes its participants whenever they
    // are set, which per entry made applying a table grow with the square of its size.
    var participants = dataset.participants
    for entry in entries {
      guard let position = dataset.participantIndex.position(of: entry.code) else { continue }
      participants[position].signatureDate = entry.signatureDate
      participants[position].instrument = entry.instrument
      participants[position].depositDate = entry.depositDate
      participants[position].recordedInForceDate = entry.inForceDate
      participants[position].isListed = true
    }
    result.participants = participants
    return result
  }

  /// The layer as the file btap keeps: the preamble, the header, one line per entry.
  public func encoded() -> [UInt8] {
    var text = DataLayer.preamble + "\n" + DataLayer.header.joined(separator: "\t") + "\n"
    for entry in entries {
      let fields = [
        entry.code, entry.name, entry.signatureDate?.description ?? "",
        entry.instrument?.rawValue ?? "", entry.depositDate?.description ?? "",
        entry.inForceDate?.description ?? "",
      ]
      text += fields.map(MarkJournal.cleanField).joined(separator: "\t") + "\n"
    }
    return Array(text.utf8)
  }

  /// Reads a kept table strictly: known codes, each once, real dates, an instrument exactly
  /// when there is a deposit date.
  public static func parse(
    _ bytes: [UInt8], file: String, knownCodes: ParticipantIndex
  ) throws(DataError) -> DataLayer {
    let table = try TSVTable(bytes: bytes, file: file, expectedHeader: header)
    var firstLine: [String: Int] = [:]
    var entries: [Entry] = []
    for row in table.rows {
      let code = try TreatyDataset.isoCodeText(table, row, 0)
      guard knownCodes.contains(code) else { throw table.error(row, .unknownParty(code: code)) }
      if let first = firstLine[code] {
        throw table.error(row, .duplicate(column: "iso2", value: code, firstLine: first))
      }
      firstLine[code] = row.line
      let instrument: Instrument? =
        row.isEmpty(3) ? nil : try table.value(row, 3, as: Instrument.self)
      let deposit = try table.optionalDate(row, 4)
      if (instrument == nil) != (deposit == nil) {
        throw table.error(
          row, .emptyField(column: instrument == nil ? "instrument" : "deposit_date"))
      }
      entries.append(
        Entry(
          code: code, name: try table.required(row, 1),
          signatureDate: try table.optionalDate(row, 2),
          instrument: instrument, depositDate: deposit, inForceDate: try table.optionalDate(row, 5))
      )
    }
    return DataLayer(entries: entries)
  }

  /// Loads the kept table `fileName` from the user's data directory.
  public static func load(
    directory: String, fileName: String, knownCodes: ParticipantIndex
  ) throws(DataError) -> DataLayer {
    let path = FileSystem.join(FileSystem.join(directory, directoryName), fileName)
    guard !fileName.isEmpty, !fileName.contains("/"), !fileName.hasPrefix(".") else {
      throw DataError(
        file: path, line: nil, problem: .unreadable(reason: "not a file name btap writes"))
    }
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.read(path)
    } catch {
      throw DataError(file: path, line: nil, problem: .unreadable(reason: error.reason))
    }
    return try parse(bytes, file: path, knownCodes: knownCodes)
  }
}
