/// A state or organization as the shipped data records it: a signatory, a party, or a state
/// that has done neither but may still join.
public struct Participant: Hashable, Sendable, Identifiable {
  /// The ISO 3166-1 alpha-2 code (`EU` for the European Union).
  public var code: String
  /// The name as WIPO lists it.
  public var name: String
  /// btap's continental grouping.
  public var region: Region
  /// The date it signed, if it did.
  public var signatureDate: CalendarDate?
  /// How it joined, if it did.
  public var instrument: Instrument?
  /// The date its instrument was deposited with WIPO's Director General.
  public var depositDate: CalendarDate?
  /// The date the treaty binds it, as the source records it.
  public var recordedInForceDate: CalendarDate?
  /// The date its notice of denunciation was received, if any.
  public var denunciationDate: CalendarDate?
  /// A short remark in btap's words, or empty.
  public var note: String
  /// Where the facts come from (URLs), kept as one text, the items joined by
  /// ``sourceSeparator``: one string per participant rather than an array of them.
  public private(set) var sourceList: String
  /// Whether it appears in the treaty's table (signed or joined), rather than only as eligible.
  public var isListed: Bool
  /// The steps on its way to depositing that the user recorded, oldest first
  /// (``PipelineStep``); the shipped data holds none.
  public var steps: [PipelineStep] = []

  /// The ISO code.
  public var id: String { code }

  /// What separates the sources in ``sourceList`` (and in `parties.tsv`, spaces aside).
  public static let sourceSeparator = " | "

  /// Where the facts come from (URLs), in order.
  public var sources: [String] {
    get { TSVTable.items(of: sourceList, separatedBy: UInt8(ascii: "|")) }
    set { sourceList = newValue.joined(separator: Participant.sourceSeparator) }
  }

  /// Creates a participant record.
  public init(
    code: String, name: String, region: Region, signatureDate: CalendarDate? = nil,
    instrument: Instrument? = nil, depositDate: CalendarDate? = nil,
    recordedInForceDate: CalendarDate? = nil, denunciationDate: CalendarDate? = nil,
    note: String = "", sources: [String] = [], isListed: Bool = true
  ) {
    self.init(
      code: code, name: name, region: region, signatureDate: signatureDate,
      instrument: instrument, depositDate: depositDate, recordedInForceDate: recordedInForceDate,
      denunciationDate: denunciationDate, note: note,
      sourceList: sources.joined(separator: Participant.sourceSeparator), isListed: isListed)
  }

  /// Creates a participant record whose sources are already joined by ``sourceSeparator``
  /// (as the loader reads them from `parties.tsv`).
  init(
    code: String, name: String, region: Region, signatureDate: CalendarDate?,
    instrument: Instrument?, depositDate: CalendarDate?, recordedInForceDate: CalendarDate?,
    denunciationDate: CalendarDate?, note: String, sourceList: String, isListed: Bool
  ) {
    self.code = code
    self.name = name
    self.region = region
    self.signatureDate = signatureDate
    self.instrument = instrument
    self.depositDate = depositDate
    self.recordedInForceDate = recordedInForceDate
    self.denunciationDate = denunciationDate
    self.note = note
    self.sourceList = sourceList
    self.isListed = isListed
  }

  /// Whether it signed.
  public var hasSigned: Bool { signatureDate != nil }
  /// Whether it deposited an instrument.
  public var hasDeposited: Bool { depositDate != nil }
}
