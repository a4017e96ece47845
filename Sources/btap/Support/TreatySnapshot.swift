import TreatyModel

/// The treaty as it stood on one date: the ledger's facts (shipped data and active marks)
/// seen through the rules, counting only what had happened by then.
struct TreatySnapshot {
  /// The facts with the user's marks applied.
  let ledger: Ledger
  /// The date looked at.
  let date: CalendarDate
  /// The threshold and party counts on that date.
  let progress: TreatyRules.Progress
  private let orderByCode: [String: Int]

  /// The snapshot of `ledger` on `date`.
  init(ledger: Ledger, on date: CalendarDate) {
    self.ledger = ledger
    self.date = date
    progress = ledger.rules.progress(of: ledger.participants, on: date)
    var order: [String: Int] = [:]
    for deposit in ledger.rules.deposits(of: ledger.participants, asOf: date) {
      order[deposit.code] = deposit.order
    }
    orderByCode = order
  }

  /// The rules.
  var rules: TreatyRules { ledger.rules }

  /// Where a participant stood on the date.
  func status(of participant: Participant) -> ParticipantStatus {
    rules.status(of: participant, on: date, thresholdDeposit: progress.thresholdDeposit)
  }

  /// The date the treaty binds a participant, as known on the date (nil before the threshold
  /// or without a deposit by then).
  func inForceDate(of participant: Participant) -> CalendarDate? {
    guard let deposit = depositDate(of: participant) else { return nil }
    return rules.inForceDate(
      depositDate: deposit, code: participant.code, thresholdDeposit: progress.thresholdDeposit)
  }

  /// The signature date, if it was on or before the date.
  func signatureDate(of participant: Participant) -> CalendarDate? {
    participant.signatureDate.flatMap { $0 <= date ? $0 : nil }
  }

  /// The deposit date, if it was on or before the date.
  func depositDate(of participant: Participant) -> CalendarDate? {
    participant.depositDate.flatMap { $0 <= date ? $0 : nil }
  }

  /// The instrument, if it was deposited by the date.
  func instrument(of participant: Participant) -> Instrument? {
    depositDate(of: participant) == nil ? nil : participant.instrument
  }

  /// The participant's place in deposit order (1 for the first deposit), by the date.
  func depositOrder(of participant: Participant) -> Int? {
    orderByCode[participant.code]
  }

  /// The participants that had signed or joined by the date, in the ledger's order.
  var listed: [Participant] {
    ledger.participants.filter { signatureDate(of: $0) != nil || depositDate(of: $0) != nil }
  }

  /// How many had signed but were not parties on the date.
  var signatoriesNotParties: Int {
    ledger.participants.reduce(0) { count, participant in
      if case .signatory = status(of: participant) { return count + 1 }
      return count
    }
  }

  /// How many had signed by the date.
  var signatories: Int {
    ledger.participants.reduce(0) { $0 + (signatureDate(of: $1) == nil ? 0 : 1) }
  }

  /// The participant that made the threshold deposit, if the threshold was reached.
  var thresholdParticipant: Participant? {
    progress.thresholdDeposit.flatMap { ledger.participant(code: $0.code) }
  }
}
