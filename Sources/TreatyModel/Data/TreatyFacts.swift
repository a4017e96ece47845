/// The treaty-wide facts that drive btap's rules: names, dates and the Article 26–28 numbers.
public struct TreatyFacts: Hashable, Sendable {
  /// The full name.
  public var name: String
  /// The abbreviation.
  public var shortName: String
  /// Who administers it.
  public var administeredBy: String
  /// Who holds the instruments (Article 30).
  public var depositary: String
  /// The day the diplomatic conference opened.
  public var conferenceOpened: CalendarDate
  /// The day the text was adopted.
  public var adopted: CalendarDate
  /// The day of the signing ceremony.
  public var signingCeremony: CalendarDate
  /// The last day a signature was possible (Article 25).
  public var signaturePeriodEnds: CalendarDate
  /// Parties needed for entry into force (Article 26): 30.
  public var thresholdParties: Int
  /// Months from the threshold deposit to entry into force (Article 26).
  public var entryIntoForceDelayMonths: Int
  /// Months from a later party's deposit to its being bound (Article 27).
  public var partyEffectDelayMonths: Int
  /// Months from a notice of denunciation to its effect (Article 28).
  public var denunciationDelayMonths: Int
  /// The date the shipped data is current to.
  public var dataAsOf: CalendarDate

  /// Creates the facts.
  public init(
    name: String, shortName: String, administeredBy: String, depositary: String,
    conferenceOpened: CalendarDate, adopted: CalendarDate, signingCeremony: CalendarDate,
    signaturePeriodEnds: CalendarDate, thresholdParties: Int, entryIntoForceDelayMonths: Int,
    partyEffectDelayMonths: Int, denunciationDelayMonths: Int, dataAsOf: CalendarDate
  ) {
    self.name = name
    self.shortName = shortName
    self.administeredBy = administeredBy
    self.depositary = depositary
    self.conferenceOpened = conferenceOpened
    self.adopted = adopted
    self.signingCeremony = signingCeremony
    self.signaturePeriodEnds = signaturePeriodEnds
    self.thresholdParties = thresholdParties
    self.entryIntoForceDelayMonths = entryIntoForceDelayMonths
    self.partyEffectDelayMonths = partyEffectDelayMonths
    self.denunciationDelayMonths = denunciationDelayMonths
    self.dataAsOf = dataAsOf
  }
}
