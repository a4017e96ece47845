import TreatyModel

/// Runs what the screens compute from loaded data (the progress bar, time travel through the
/// deposits, each participant's status), so data a reader accepts can never trap them.
enum RulesCheck {
  /// Computes progress and statuses for `participants` under `facts`.
  static func exercise(_ participants: [Participant], facts: TreatyFacts) {
    let rules = TreatyRules(facts: facts)
    let deposits = rules.deposits(of: participants)
    FuzzCheck.require(
      deposits.count == participants.filter { $0.depositDate != nil }.count,
      "deposits miscounted")
    // Time travel steps through every deposit; the first, middle and last stand for them all.
    var days = [facts.dataAsOf, facts.adopted]
    if !deposits.isEmpty {
      days += [0, deposits.count / 2, deposits.count - 1].map { deposits[$0].date }
    }
    for day in days {
      let progress = rules.progress(of: participants, on: day)
      FuzzCheck.require(
        progress.partiesInForce <= progress.parties && progress.parties <= deposits.count,
        "progress on \(day): \(progress)")
      let fraction = progress.fractionOfThreshold
      FuzzCheck.require(fraction >= 0 && fraction <= 1, "progress fraction \(fraction)")
    }
    let threshold = rules.thresholdDeposit(of: participants)
    for participant in participants {
      let status = rules.status(of: participant, on: facts.dataAsOf, thresholdDeposit: threshold)
      FuzzCheck.require(
        !status.isParty || participant.depositDate != nil,
        "\(participant.code) is a party without a deposit")
    }
  }
}
