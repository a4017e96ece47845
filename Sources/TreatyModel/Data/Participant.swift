/// A state or organization as the shipped data records it: a signatory, a party, or a state
/// that has done neither but may still join.
///
/// A participant loaded from `parties.tsv` keeps its row and makes its name, note and sources
/// only when they are read: a command that counts ten thousand parties reads none of them,
/// and the parties list orders names by their bytes (``withNameUTF8(_:)``). Participants
/// made in code hold strings.
public struct Participant: Hashable, Sendable, Identifiable {
  /// Where a participant's texts are.
  private enum Text: Sendable {
    /// Made in code.
    case strings(Strings)
    /// The fields of a checked row of `parties.tsv` (name, note and sources columns).
    case row(TSVTable.Row)
  }

  /// Texts made in code, kept apart so that a participant stays small.
  private final class Strings: Sendable {
    let name: String
    let note: String
    /// The sources joined by ``sourceSeparator``.
    let sourceList: String

    init(name: String, note: String, sourceList: String) {
      self.name = name
      self.note = note
      self.sourceList = sourceList
    }
  }

  /// The columns of the texts in a row of `parties.tsv`.
  enum Column {
    static let name = 0
    static let note = 7
    static let sources = 8
  }

  /// The ISO 3166-1 alpha-2 code (`EU` for the European Union).
  public var code: String
  /// The name, note and sources.
  private var text: Text
  // The dates, four bytes each (``CompactDate``), and the small fields after them: a
  // participant in 64 bytes rather than 88.
  /// The date it signed, if it did.
  @CompactDate public var signatureDate: CalendarDate?
  /// The date its instrument was deposited with WIPO's Director General.
  @CompactDate public var depositDate: CalendarDate?
  /// The date the treaty binds it, as the source records it.
  @CompactDate public var recordedInForceDate: CalendarDate?
  /// The date its notice of denunciation was received, if any.
  @CompactDate public var denunciationDate: CalendarDate?
  /// btap's continental grouping.
  public var region: Region
  /// How it joined, if it did.
  public var instrument: Instrument?
  /// Whether it appears in the treaty's table (signed or joined), rather than only as eligible.
  public var isListed: Bool
  /// The steps on its way to depositing that the user recorded, oldest first
  /// (``PipelineStep``); the shipped data holds none.
  public var steps: [PipelineStep] = []

  /// The ISO code.
  public var id: String { code }

  /// What separates the sources in ``sourceList`` (and in `parties.tsv`, spaces aside).
  public static let sourceSeparator = " | "

  /// Creates a participant record.
  public init(
    code: String, name: String, region: Region, signatureDate: CalendarDate? = nil,
    instrument: Instrument? = nil, depositDate: CalendarDate? = nil,
    recordedInForceDate: CalendarDate? = nil, denunciationDate: CalendarDate? = nil,
    note: String = "", sources: [String] = [], isListed: Bool = true
  ) {
    self.init(
      code: code, region: region, signatureDate: signatureDate, instrument: instrument,
      depositDate: depositDate, recordedInForceDate: recordedInForceDate,
      denunciationDate: denunciationDate, isListed: isListed,
      text: .strings(
        Strings(
          name: name, note: note,
          sourceList: sources.joined(separator: Participant.sourceSeparator))))
  }

  /// A participant whose name, note and sources stay in a checked row of `parties.tsv`.
  init(
    code: String, row: TSVTable.Row, region: Region, signatureDate: CalendarDate?,
    instrument: Instrument?, depositDate: CalendarDate?, recordedInForceDate: CalendarDate?
  ) {
    self.init(
      code: code, region: region, signatureDate: signatureDate, instrument: instrument,
      depositDate: depositDate, recordedInForceDate: recordedInForceDate,
      denunciationDate: nil, isListed: true, text: .row(row))
  }

  /// A participant from its facts and where its texts are.
  private init(
    code: String, region: Region, signatureDate: CalendarDate?, instrument: Instrument?,
    depositDate: CalendarDate?, recordedInForceDate: CalendarDate?,
    denunciationDate: CalendarDate?, isListed: Bool, text: Text
  ) {
    self.code = code
    self.text = text
    self.signatureDate = signatureDate
    self.depositDate = depositDate
    self.recordedInForceDate = recordedInForceDate
    self.denunciationDate = denunciationDate
    self.region = region
    self.instrument = instrument
    self.isListed = isListed
  }

  /// The name as WIPO lists it.
  public var name: String {
    get {
      switch text {
      case .strings(let strings): return strings.name
      case .row(let row): return row[Column.name]
      }
    }
    set { text = .strings(Strings(name: newValue, note: note, sourceList: sourceList)) }
  }

  /// A short remark in btap's words, or empty.
  public var note: String {
    get {
      switch text {
      case .strings(let strings): return strings.note
      case .row(let row): return row.isEmpty(Column.note) ? "" : row[Column.note]
      }
    }
    set { text = .strings(Strings(name: name, note: newValue, sourceList: sourceList)) }
  }

  /// Where the facts come from (URLs), as one text, the items joined by ``sourceSeparator``.
  public var sourceList: String {
    switch text {
    case .strings(let strings): return strings.sourceList
    case .row(let row):
      return row.isEmpty(Column.sources)
        ? "" : row.withField(Column.sources, Participant.sourceList(of:))
    }
  }

  /// Where the facts come from (URLs), in order.
  public var sources: [String] {
    get { TSVTable.items(of: sourceList, separatedBy: UInt8(ascii: "|")) }
    set {
      text = .strings(
        Strings(
          name: name, note: note,
          sourceList: newValue.joined(separator: Participant.sourceSeparator)))
    }
  }

  /// Calls `body` with the name's UTF-8 bytes, read in place when the name is still in its row.
  public func withNameUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    switch text {
    case .strings(let strings):
      var name = strings.name
      return name.withUTF8(body)
    case .row(let row): return row.withField(Column.name, body)
    }
  }

  /// Whether it signed.
  public var hasSigned: Bool { signatureDate != nil }
  /// Whether it deposited an instrument.
  public var hasDeposited: Bool { depositDate != nil }

  /// Whether two records are the same in every fact and text.
  public static func == (left: Participant, right: Participant) -> Bool {
    guard left.code == right.code, left.region == right.region,
      left.signatureDate == right.signatureDate, left.instrument == right.instrument,
      left.depositDate == right.depositDate,
      left.recordedInForceDate == right.recordedInForceDate,
      left.denunciationDate == right.denunciationDate, left.isListed == right.isListed,
      left.steps == right.steps
    else { return false }
    // Records of one row of one loaded file have the same texts without reading them.
    if case .row(let leftRow) = left.text, case .row(let rightRow) = right.text,
      leftRow.isSameRow(as: rightRow)
    {
      return true
    }
    return left.name == right.name && left.note == right.note
      && left.sourceList == right.sourceList
  }

  /// Hashes the code and dates (records ``==`` compares equal hash alike).
  public func hash(into hasher: inout Hasher) {
    hasher.combine(code)
    hasher.combine(signatureDate)
    hasher.combine(depositDate)
    hasher.combine(denunciationDate)
  }

  /// A sources field as ``sourceList``: its items, spaces trimmed, joined by
  /// ``sourceSeparator``.
  static func sourceList(of field: UnsafeBufferPointer<UInt8>) -> String {
    TSVTable.items(of: field, separatedBy: UInt8(ascii: "|"))
      .joined(separator: Participant.sourceSeparator)
  }
}
