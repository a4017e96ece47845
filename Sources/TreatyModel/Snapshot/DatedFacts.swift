/// The key facts that change with the data and the date (signatures, parties, entry into
/// force, the first and the latest party), worded from a snapshot so a mark or time travel
/// changes them.
///
/// The shipped key facts (`facts.tsv`) hold only what never changes.
public enum DatedFacts {
  /// The dated facts for a snapshot, in the order the overview shows them.
  public static func facts(of snapshot: TreatySnapshot) -> [KeyFact] {
    var facts: [KeyFact] = []
    let counts = snapshot.counts
    let progress = snapshot.progress
    let rules = snapshot.rules.facts

    var signatures = counts.signatories == 0 ? "none yet" : "\(counts.signatories)"
    if let firstDay = snapshot.standings.compactMap(\.signatureDate).min() {
      let onFirstDay = snapshot.standings.count { $0.signatureDate == firstDay }
      signatures += ", \(onFirstDay) of them on the first day, \(firstDay)"
    }
    facts.append(fact("Signatures", signatures))

    var parties = counts.parties == 0 ? "none yet" : "\(counts.parties)"
    if counts.parties > 0 {
      if counts.bound == counts.parties {
        parties += counts.parties == 1 ? ", bound by it" : ", all bound by it"
      } else if counts.bound == 0 {
        parties += counts.parties == 1 ? ", not yet bound" : ", none bound yet"
      } else {
        parties += ", \(counts.bound) bound so far"
      }
    }
    facts.append(fact("Parties", parties))

    if let threshold = snapshot.thresholdParty, let entry = progress.entryIntoForce {
      let verb = entry <= snapshot.date ? "" : "due "
      facts.append(
        fact(
          "Entry into force",
          "\(verb)\(entry), \(Wording.months(rules.entryIntoForceDelayMonths)) after the "
            + "\(Wording.ordinal(progress.threshold)) instrument: \(threshold.name), deposited "
            + "\(threshold.depositDate.map(String.init(describing:)) ?? "")"))
    } else {
      facts.append(
        fact(
          "Entry into force",
          "not yet: \(Wording.count(progress.stillNeeded, "more instrument", "more instruments")) "
            + "needed of the \(progress.threshold)"))
    }
    if let first = snapshot.firstParty {
      facts.append(fact("First party", describeDeposit(first)))
    }
    if let latest = snapshot.latestParty, latest.id != snapshot.firstParty?.id {
      var text = describeDeposit(latest)
      if let bound = latest.inForceDate { text += ", bound from \(bound)" }
      facts.append(fact("Latest party", text))
    }
    return facts
  }

  private static func describeDeposit(_ standing: ParticipantStanding) -> String {
    let instrument = standing.instrument?.rawValue ?? "instrument"
    return "\(standing.name), \(instrument) deposited \(standing.depositDate?.description ?? "")"
  }

  private static func fact(_ label: String, _ value: String) -> KeyFact {
    KeyFact(label: label, value: value, source: "")
  }
}
