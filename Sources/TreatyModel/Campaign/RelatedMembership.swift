/// One state's (or organization's) standing with one sister treaty, as WIPO records it.
public struct RelatedMembership: Hashable, Sendable {
  /// The treaty.
  public var treaty: RelatedTreaty
  /// btap's ISO code for the state.
  public var code: String
  /// The date it signed, if it did.
  public var signatureDate: CalendarDate?
  /// How it joined (`Ratification`, `Accession`, …), or empty for a signatory only.
  public var instrument: String
  /// The date its instrument took effect in WIPO's records; nil when it has not joined.
  public var instrumentDate: CalendarDate?
  /// The date the treaty came to bind it.
  public var inForceDate: CalendarDate?

  /// Creates a membership record.
  public init(
    treaty: RelatedTreaty, code: String, signatureDate: CalendarDate? = nil,
    instrument: String = "", instrumentDate: CalendarDate? = nil, inForceDate: CalendarDate? = nil
  ) {
    self.treaty = treaty
    self.code = code
    self.signatureDate = signatureDate
    self.instrument = instrument
    self.instrumentDate = instrumentDate
    self.inForceDate = inForceDate
  }

  /// Whether it was a party on `date`: its instrument is dated on or before it.
  public func isParty(on date: CalendarDate) -> Bool {
    instrumentDate.map { $0 <= date } ?? false
  }
}
