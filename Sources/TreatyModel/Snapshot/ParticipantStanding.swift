/// Where one state or organization stood on a snapshot's date: its status and the dates it
/// had reached by then (a later signature or deposit is not yet known on that date).
public struct ParticipantStanding: Hashable, Sendable, Identifiable {
  /// The participant, with the user's marks applied.
  public let participant: Participant
  /// Its status on the date.
  public let status: ParticipantStatus
  /// The date it signed, if on or before the date.
  public let signatureDate: CalendarDate?
  /// The date it deposited its instrument, if on or before the date.
  public let depositDate: CalendarDate?
  /// The instrument, if deposited by the date.
  public let instrument: Instrument?
  /// The date the treaty binds (or bound) it, as known on the date: nil before the threshold
  /// or without a deposit by then.
  public let inForceDate: CalendarDate?
  /// The date its notice of denunciation was received, if on or before the date.
  public let denunciationDate: CalendarDate?
  /// Its place in deposit order (1 for the first deposit), if it deposited by the date.
  public let depositOrder: Int?
  /// The steps on its way to depositing recorded on or before the date, oldest first.
  public var steps: [PipelineStep] = []

  /// The ISO code.
  public var id: String { participant.code }
  /// The ISO code.
  public var code: String { participant.code }
  /// The name.
  public var name: String { participant.name }

  /// Whether it is listed on the date without asking for every state: it had signed,
  /// deposited an instrument or taken a recorded step by then.
  public var isListed: Bool { signatureDate != nil || depositDate != nil || !steps.isEmpty }
}
