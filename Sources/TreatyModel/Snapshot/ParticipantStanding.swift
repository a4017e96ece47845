/// Where one state or organization stood on a snapshot's date: its status and the dates it
/// had reached by then (a later signature or deposit is not yet known on that date).
///
/// A standing refers to its participant in the snapshot's shared array rather than holding
/// a copy: a standing per participant then costs a third of the memory, and building one
/// retains one buffer instead of each of the participant's strings.
public struct ParticipantStanding: Hashable, Sendable, Identifiable {
  /// Every participant of the snapshot, shared; this standing's is at ``position``.
  let participants: [Participant]
  /// Where the participant is in the ledger's order.
  public let position: Int
  /// Its status on the date.
  public let status: ParticipantStatus
  /// The steps on its way to depositing recorded on or before the date, oldest first.
  public let steps: [PipelineStep]
  // The dates in four bytes each (``CompactDate``) and the deposit order in four (0 for
  // none): a standing in 56 bytes rather than 80.
  /// The date it signed, if on or before the date.
  @CompactDate public private(set) var signatureDate: CalendarDate?
  /// The date it deposited its instrument, if on or before the date.
  @CompactDate public private(set) var depositDate: CalendarDate?
  /// The date the treaty binds (or bound) it, as known on the date: nil before the threshold
  /// or without a deposit by then.
  @CompactDate public private(set) var inForceDate: CalendarDate?
  /// The date its notice of denunciation was received, if on or before the date.
  @CompactDate public private(set) var denunciationDate: CalendarDate?
  private let storedDepositOrder: UInt32
  /// The instrument, if deposited by the date.
  public let instrument: Instrument?

  /// Its place in deposit order (1 for the first deposit), if it deposited by the date.
  public var depositOrder: Int? { storedDepositOrder == 0 ? nil : Int(storedDepositOrder) }

  /// Where `participants[position]` stood, as the snapshot works it out.
  init(
    participants: [Participant], position: Int, status: ParticipantStatus,
    signatureDate: CalendarDate?, depositDate: CalendarDate?, instrument: Instrument?,
    inForceDate: CalendarDate?, denunciationDate: CalendarDate?, depositOrder: Int?,
    steps: [PipelineStep]
  ) {
    self.participants = participants
    self.position = position
    self.status = status
    self.steps = steps
    self.signatureDate = signatureDate
    self.depositDate = depositDate
    self.inForceDate = inForceDate
    self.denunciationDate = denunciationDate
    // Deposit orders start at 1 and are counted in an `Int` array's indices: they fit.
    storedDepositOrder = depositOrder.map { UInt32(truncatingIfNeeded: $0) } ?? 0
    self.instrument = instrument
  }

  /// The participant, with the user's marks applied.
  public var participant: Participant { participants[position] }
  /// The ISO code.
  public var id: String { participants[position].code }
  /// The ISO code.
  public var code: String { participants[position].code }
  /// The name.
  public var name: String { participants[position].name }
  /// The region.
  public var region: Region { participants[position].region }

  /// Calls `body` with the name's UTF-8 bytes (see ``Participant/withNameUTF8(_:)``).
  public func withNameUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    // Read in place: a copy of the participant cost more than reading its name.
    participants.withUnsafeBufferPointer { $0[position].withNameUTF8(body) }
  }

  /// Whether two standings describe the same participant standing the same way (whichever
  /// snapshot they belong to).
  public static func == (left: ParticipantStanding, right: ParticipantStanding) -> Bool {
    left.status == right.status && left.signatureDate == right.signatureDate
      && left.depositDate == right.depositDate && left.instrument == right.instrument
      && left.inForceDate == right.inForceDate && left.denunciationDate == right.denunciationDate
      && left.depositOrder == right.depositOrder && left.steps == right.steps
      && left.participant == right.participant
  }

  /// Hashes what ``==`` compares (the participant by its code, which tells it apart).
  public func hash(into hasher: inout Hasher) {
    hasher.combine(code)
    hasher.combine(status)
    hasher.combine(depositDate)
    hasher.combine(signatureDate)
  }

  /// Whether it is listed on the date without asking for every state: it had signed,
  /// deposited an instrument or taken a recorded step by then.
  public var isListed: Bool { signatureDate != nil || depositDate != nil || !steps.isEmpty }
}
