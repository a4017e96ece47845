/// The treaty's final clauses as pure functions: Article 26 (entry into force after the
/// threshold of instruments), Article 27 (when each party is bound) and Article 28
/// (denunciation).
///
/// Every computation can be made "as of" a date, using only the deposits made by then, so
/// the screens can travel back in time. Dates are calendar dates; adding months clamps to
/// the month's end.
public struct TreatyRules: Hashable, Sendable {
  /// The numbers the rules use, read from the shipped data (never literals in code).
  public let facts: TreatyFacts

  /// Creates rules from the treaty's facts.
  public init(facts: TreatyFacts) {
    self.facts = facts
  }

  /// One deposited instrument, placed in deposit order.
  public struct Deposit: Hashable, Sendable {
    /// The depositing party's ISO code.
    public let code: String
    /// The deposit date.
    public let date: CalendarDate
    /// The position in deposit order, from 1.
    public let order: Int
  }

  /// Where the treaty stands on a date: the progress bar's numbers.
  public struct Progress: Hashable, Sendable {
    /// The date these numbers describe.
    public let asOf: CalendarDate
    /// Parties counted (instruments deposited, minus denunciations in effect).
    public let parties: Int
    /// Of those, how many are bound on that date.
    public let partiesInForce: Int
    /// The threshold (30).
    public let threshold: Int
    /// The deposit that reached the threshold, if it was reached by that date.
    public let thresholdDeposit: Deposit?
    /// The date of entry into force, once the threshold was reached.
    public let entryIntoForce: CalendarDate?

    /// Whether the treaty had entered into force on `asOf`.
    public var isInForce: Bool { entryIntoForce.map { $0 <= asOf } ?? false }
    /// Parties beyond the threshold (0 before it).
    public var beyondThreshold: Int { max(0, parties - threshold) }
    /// Parties still needed (0 once reached).
    public var stillNeeded: Int { max(0, threshold - parties) }
    /// The filled fraction of the bar toward the threshold, 0…1.
    public var fractionOfThreshold: Double {
      threshold == 0 ? 1 : min(1, Double(parties) / Double(threshold))
    }
  }

  /// Deposits made on or before `asOf` (all when nil), in deposit order (date, then code).
  public func deposits(of participants: [Participant], asOf: CalendarDate? = nil) -> [Deposit] {
    depositPositions(of: participants, asOf: asOf).enumerated().compactMap { order, position in
      let participant = participants[position]
      return participant.depositDate.map {
        Deposit(code: participant.code, date: $0, order: order + 1)
      }
    }
  }

  /// The positions in `participants` of the deposits made on or before `asOf` (all when nil),
  /// in deposit order (date, then code): ``deposits(of:asOf:)`` without building them.
  public func depositPositions(of participants: [Participant], asOf: CalendarDate? = nil)
    -> [Int]
  {
    // One number per deposit orders them as (date, code) does, with the position in its
    // lowest bits: the numbers sort as plain integers.
    var keyed: [UInt64] = []
    keyed.reserveCapacity(participants.count)
    var allKeyed = participants.count <= TreatyRules.depositKeyPositions
    for position in participants.indices where allKeyed {
      guard let date = participants[position].depositDate else { continue }
      if let asOf, date > asOf { continue }
      guard let key = TreatyRules.depositOrderKey(date: date, code: participants[position].code)
      else {
        allKeyed = false
        break
      }
      keyed.append(key << TreatyRules.depositKeyPositionBits | UInt64(position))
    }
    if allKeyed {
      // Keys are unique (a code appears once), so the order is fully determined.
      keyed.sort()
      return keyed.map { Int(truncatingIfNeeded: $0 & UInt64(TreatyRules.depositKeyPositions - 1)) }
    }
    var dated: [(date: CalendarDate, code: String, position: Int)] = []
    for (position, participant) in participants.enumerated() {
      guard let date = participant.depositDate else { continue }
      if let asOf, date > asOf { continue }
      dated.append((date, participant.code, position))
    }
    dated.sort { ($0.date, $0.code) < ($1.date, $1.code) }
    return dated.map(\.position)
  }

  /// How many low bits of a deposit's sort number hold its position.
  static let depositKeyPositionBits: UInt64 = 21
  /// How many participants the sort numbers can tell apart (about two million).
  static let depositKeyPositions = 1 << 21

  /// A number of 43 bits whose order is that of (date, code), or nil for a code that is not
  /// one to four capitals and digits (every code the loader accepts is).
  ///
  /// The day takes 22 bits; the code, read as four base-37 digits (none, then 0 to 9, then
  /// A to Z, as ASCII orders them), 21.
  static func depositOrderKey(date: CalendarDate, code: String) -> UInt64? {
    var code = code
    // In place (a code is a small string): iterating its UTF-8 view cost more than the rest.
    let digits = code.withUTF8 { bytes -> UInt64? in
      guard (1...4).contains(bytes.count) else { return nil }
      var value: UInt64 = 0
      for index in 0..<4 {
        var digit: UInt64 = 0
        if index < bytes.count {
          let byte = bytes[index]
          switch byte {
          case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = 1 + UInt64(byte - UInt8(ascii: "0"))
          case UInt8(ascii: "A")...UInt8(ascii: "Z"): digit = 11 + UInt64(byte - UInt8(ascii: "A"))
          default: return nil
          }
        }
        value = value * 37 + digit
      }
      return value
    }
    guard let digits else { return nil }
    // Days since 1970 plus an offset that keeps every date from year 1 positive, below 2^22.
    return UInt64(date.dayNumber + 800_000) << 21 | digits
  }

  /// The deposit that brought the count of parties to the threshold (Article 26), among the
  /// deposits made by `asOf`; denunciations that took effect earlier are subtracted.
  public func thresholdDeposit(
    of participants: [Participant], asOf: CalendarDate? = nil
  ) -> Deposit? {
    thresholdDeposit(among: deposits(of: participants, asOf: asOf), of: participants)
  }

  /// The deposit that brought the count of parties to the threshold, among `ordered` (the
  /// deposits of `participants` in deposit order, as ``deposits(of:asOf:)`` gives them).
  public func thresholdDeposit(among ordered: [Deposit], of participants: [Participant])
    -> Deposit?
  {
    var withdrawals: [CalendarDate] = participants.compactMap { participant in
      guard participant.depositDate != nil, let notice = participant.denunciationDate else {
        return nil
      }
      return denunciationEffectiveDate(noticeReceived: notice)
    }
    withdrawals.sort()
    var count = 0
    var nextWithdrawal = 0
    for deposit in ordered {
      while nextWithdrawal < withdrawals.count, withdrawals[nextWithdrawal] <= deposit.date {
        count -= 1
        nextWithdrawal += 1
      }
      count += 1
      if count >= facts.thresholdParties { return deposit }
    }
    return nil
  }

  /// The treaty's entry into force: three months after the threshold deposit (Article 26).
  public func entryIntoForce(thresholdDeposit: Deposit?) -> CalendarDate? {
    thresholdDeposit.map { $0.date.addingMonths(facts.entryIntoForceDelayMonths) }
  }

  /// The date a party is bound (Article 27): the treaty's entry into force for deposits up to
  /// the threshold deposit, and three months after its own deposit for every later one.
  ///
  /// Nil while the threshold has not been reached.
  public func inForceDate(depositDate: CalendarDate, code: String, thresholdDeposit: Deposit?)
    -> CalendarDate?
  {
    guard let thresholdDeposit, let entry = entryIntoForce(thresholdDeposit: thresholdDeposit)
    else { return nil }
    if (depositDate, code) <= (thresholdDeposit.date, thresholdDeposit.code) { return entry }
    return max(entry, depositDate.addingMonths(facts.partyEffectDelayMonths))
  }

  /// When a denunciation takes effect: one year after the Director General receives it (Article 28).
  public func denunciationEffectiveDate(noticeReceived: CalendarDate) -> CalendarDate {
    noticeReceived.addingMonths(facts.denunciationDelayMonths)
  }

  /// A participant's status on `date`, given the threshold deposit known on that date.
  public func status(
    of participant: Participant, on date: CalendarDate, thresholdDeposit: Deposit?
  ) -> ParticipantStatus {
    standing(
      code: participant.code, signatureDate: participant.signatureDate,
      depositDate: participant.depositDate, denunciationDate: participant.denunciationDate,
      steps: participant.steps, on: date, thresholdDeposit: thresholdDeposit
    ).status
  }

  /// A participant's status on `date` from its facts, and the date the treaty binds it as
  /// known then (nil without a deposit by then, or before the threshold): what
  /// ``status(of:on:thresholdDeposit:)`` answers, with the in-force date it works out.
  func standing(
    code: String, signatureDate: CalendarDate?, depositDate: CalendarDate?,
    denunciationDate: CalendarDate?, steps: [PipelineStep], on date: CalendarDate,
    thresholdDeposit: Deposit?
  ) -> (status: ParticipantStatus, inForceDate: CalendarDate?) {
    guard let deposit = depositDate, deposit <= date else {
      if !steps.isEmpty, let step = PipelineStep.furthest(of: steps.filter({ $0.date <= date })) {
        return (.inProcess(step.stage), nil)
      }
      if let signature = signatureDate, signature <= date { return (.signatory, nil) }
      return (.eligible, nil)
    }
    let bound = inForceDate(depositDate: deposit, code: code, thresholdDeposit: thresholdDeposit)
    if let notice = denunciationDate, notice <= date {
      let effective = denunciationEffectiveDate(noticeReceived: notice)
      return (effective <= date ? .withdrawn : .withdrawing(effectiveOn: effective), bound)
    }
    if let bound, bound <= date { return (.inForce, bound) }
    return (.pending(inForceOn: bound), bound)
  }

  /// The progress toward (and beyond) the threshold on `date`: the snapshot's, where the
  /// counting is done.
  public func progress(of participants: [Participant], on date: CalendarDate) -> Progress {
    TreatySnapshot(participants: participants, rules: self, on: date).progress
  }
}
