/// The treaty as it stood on one date, over the shipped data and the user's marks: the one
/// answer to "what was true on date D" that every front end reads.
///
/// Only what had happened by the date counts: a later signature or deposit is unknown, the
/// Article 26 threshold is counted among the deposits made by then, and in-force dates follow
/// from those (Art. 26 and 27).
///
/// **Who is listed.** A state or organization is listed on a date when it had signed,
/// deposited an instrument or taken a recorded step (``PipelineStep``) by then (one that later left stays listed); with every state asked
/// for, each WIPO member that may join is listed too (``listed(includingEveryState:)``).
public struct TreatySnapshot: Hashable, Sendable {
  /// The date described.
  public let date: CalendarDate
  /// The threshold, the parties and entry into force on the date.
  public let progress: TreatyRules.Progress
  /// Every participant's standing, in the ledger's order.
  public let standings: [ParticipantStanding]
  /// How many stood where.
  public let counts: Counts
  /// The rules.
  public let rules: TreatyRules
  private let positionByCode: ParticipantIndex
  private let depositOrder: [Int]

  /// How many participants stood where on the date.
  public struct Counts: Hashable, Sendable {
    /// Parties (deposited, not withdrawn).
    public var parties = 0
    /// Parties bound on the date (a party giving notice is still bound).
    public var bound = 0
    /// Parties that had deposited but were not yet bound.
    public var pending = 0
    /// Everyone that had signed by the date, parties that signed included.
    public var signatories = 0
    /// Signatories that had not deposited an instrument (those in process included).
    public var signedOnly = 0
    /// States with a recorded step on their way and no instrument deposited.
    public var inProcess = 0
    /// Of those in process, the ones that had signed.
    public var inProcessSignatories = 0
    /// Parties that had given notice of denunciation.
    public var withdrawing = 0
    /// Former parties.
    public var withdrawn = 0
    /// Those listed without asking for every state (signed or deposited by the date).
    public var listed = 0
    /// Everyone known, listed or not.
    public var everyone = 0

    /// Counts one participant that stood with `status`, listed or not, signed or not.
    mutating func add(_ status: ParticipantStatus, isListed: Bool, hasSigned: Bool) {
      everyone += 1
      if isListed { listed += 1 }
      if hasSigned { signatories += 1 }
      switch status {
      case .inForce: bound += 1
      case .pending: pending += 1
      case .withdrawing:
        bound += 1
        withdrawing += 1
      case .signatory: signedOnly += 1
      case .inProcess:
        inProcess += 1
        if hasSigned {
          signedOnly += 1
          inProcessSignatories += 1
        }
      case .withdrawn: withdrawn += 1
      case .eligible: break
      }
      if status.isParty { parties += 1 }
    }

    /// The count of a kind of status.
    public func count(of kind: StatusKind) -> Int {
      switch kind {
      case .inForce: return bound - withdrawing
      case .pending: return pending
      case .signatory: return signedOnly - inProcessSignatories
      case .inProcess: return inProcess
      case .eligible: return everyone - listed
      case .withdrawing: return withdrawing
      case .withdrawn: return withdrawn
      }
    }
  }

  /// The treaty on `date`, from `ledger`'s facts (shipped data with the active marks).
  public init(ledger: Ledger, on date: CalendarDate) {
    self.init(
      participants: ledger.participants, rules: ledger.rules, on: date,
      positions: ledger.positionsByCode)
  }

  /// The treaty on `date`, from participants and rules.
  public init(participants: [Participant], rules: TreatyRules, on date: CalendarDate) {
    self.init(
      participants: participants, rules: rules, on: date,
      positions: ParticipantIndex(participants))
  }

  /// The treaty on `date`, with each participant's position by code already known (the
  /// ledger's index, shared rather than built again).
  private init(
    participants: [Participant], rules: TreatyRules, on date: CalendarDate,
    positions: ParticipantIndex
  ) {
    self.date = date
    self.rules = rules
    let depositPositions = rules.depositPositions(of: participants, asOf: date)
    let deposits = depositPositions.enumerated().compactMap { order, position in
      participants[position].depositDate.map {
        TreatyRules.Deposit(code: participants[position].code, date: $0, order: order + 1)
      }
    }
    let threshold = rules.thresholdDeposit(among: deposits, of: participants)
    var orderByPosition = [Int?](repeating: nil, count: participants.count)
    for (order, position) in depositPositions.enumerated() { orderByPosition[position] = order + 1 }
    var standings: [ParticipantStanding] = []
    standings.reserveCapacity(participants.count)
    var counts = Counts()
    // Each participant is read in place (a copy of it, or of its standing, cost as much as
    // the rules), and each standing is made once, whole.
    participants.withUnsafeBufferPointer { buffer in
      for position in buffer.indices {
        let signature = buffer[position].signatureDate.flatMap { $0 <= date ? $0 : nil }
        let deposit = buffer[position].depositDate.flatMap { $0 <= date ? $0 : nil }
        let steps =
          buffer[position].steps.isEmpty ? [] : buffer[position].steps.filter { $0.date <= date }
        let (status, inForceDate) = rules.standing(
          code: buffer[position].code, signatureDate: signature, depositDate: deposit,
          denunciationDate: buffer[position].denunciationDate, steps: steps, on: date,
          thresholdDeposit: threshold)
        let standing = ParticipantStanding(
          participants: participants, position: position, status: status,
          signatureDate: signature, depositDate: deposit,
          instrument: deposit == nil ? nil : buffer[position].instrument,
          inForceDate: inForceDate,
          denunciationDate: buffer[position].denunciationDate.flatMap { $0 <= date ? $0 : nil },
          depositOrder: orderByPosition[position], steps: steps)
        counts.add(status, isListed: standing.isListed, hasSigned: signature != nil)
        standings.append(standing)
      }
    }
    self.standings = standings
    self.counts = counts
    positionByCode = positions
    depositOrder = depositPositions
    progress = TreatyRules.Progress(
      asOf: date, parties: counts.parties, partiesInForce: counts.bound,
      threshold: rules.facts.thresholdParties, thresholdDeposit: threshold,
      entryIntoForce: rules.entryIntoForce(thresholdDeposit: threshold))
  }

  /// The standing of the participant with an ISO code.
  public func standing(code: String) -> ParticipantStanding? {
    positionByCode.position(of: code).map { standings[$0] }
  }

  /// The participants listed on the date, in the ledger's order: those that had signed or
  /// deposited by then, and with `includingEveryState` everyone that may join as well.
  public func listed(includingEveryState: Bool) -> [ParticipantStanding] {
    includingEveryState ? standings : standings.filter(\.isListed)
  }

  /// Whether the standing at `position` in ``standings`` is listed on the date (see
  /// ``listed(includingEveryState:)``), for a front end that walks the standings in place
  /// rather than copying the listed ones.
  public func isListed(at position: Int, includingEveryState: Bool) -> Bool {
    includingEveryState || standings[position].isListed
  }

  /// The instruments deposited by the date, in deposit order.
  public var deposits: [ParticipantStanding] { depositOrder.map { standings[$0] } }

  /// The first participant to deposit an instrument, if any had by the date.
  public var firstParty: ParticipantStanding? { depositOrder.first.map { standings[$0] } }

  /// The most recent depositor that was still a party on the date.
  public var latestParty: ParticipantStanding? {
    depositOrder.reversed().lazy.map { standings[$0] }.first { $0.status.isParty }
  }

  /// The participant whose deposit reached the Article 26 threshold, if it was reached.
  public var thresholdParty: ParticipantStanding? {
    progress.thresholdDeposit.flatMap { standing(code: $0.code) }
  }
}
