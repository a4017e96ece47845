import TreatyModel

/// The one-paragraph summary that `btap status` prints (and `btap` when not on a terminal).
enum StatusReport {
  /// The paragraph for the treaty on `snapshot.date`, with the user's marks counted.
  static func paragraph(
    snapshot: TreatySnapshot, journal: MarkJournal, dataAsOf: CalendarDate, isToday: Bool
  ) -> String {
    let progress = snapshot.progress
    let facts = snapshot.ledger.dataset.facts
    var sentences: [String] = []

    let when = isToday ? "Today (\(snapshot.date))" : "On \(snapshot.date)"
    let has = isToday ? "has" : "had"
    var opening =
      "\(when) the \(facts.name) \(has) \(count(progress.parties, "party", "parties"))"
    if progress.parties > 0 {
      if progress.partiesInForce == progress.parties {
        opening += progress.parties == 1 ? ", bound by it" : ", all of them bound by it"
      } else if progress.partiesInForce == 0 {
        opening += ", none of them bound by it yet"
      } else {
        opening += ", \(progress.partiesInForce) of them bound by it so far"
      }
    }
    sentences.append(opening + ".")

    if let deposit = progress.thresholdDeposit, let entry = progress.entryIntoForce {
      let name = snapshot.thresholdParticipant?.name ?? deposit.code
      let reached =
        "It needed \(progress.threshold) instruments of ratification or accession to take "
        + "effect; the \(ordinal(progress.threshold)) was \(possessive(name)), deposited on "
        + "\(deposit.date), "
      if entry <= snapshot.date {
        sentences.append(reached + "and the treaty entered into force on \(entry).")
      } else {
        let future = isToday ? "enters" : "was to enter"
        sentences.append(reached + "so the treaty \(future) into force on \(entry).")
      }
    } else {
      let needed = count(progress.stillNeeded, "more instrument", "more instruments")
      let verb = progress.stillNeeded == 1 ? (isToday ? "is" : "was") : (isToday ? "are" : "were")
      sentences.append(
        "It \(isToday ? "is" : "was") not in force yet: \(needed) of ratification or accession "
          + "\(verb) needed to reach the \(progress.threshold) that bring it into force "
          + "\(months(facts.entryIntoForceDelayMonths)) after the last of them.")
    }

    let waiting = snapshot.signatoriesNotParties
    let haveNot = waiting == 1 ? (isToday ? "has" : "had") : (isToday ? "have" : "had")
    sentences.append(
      "Of its \(count(snapshot.signatories, "signatory", "signatories")), "
        + "\(waiting) \(haveNot) not yet ratified.")

    let active = journal.activeMarks.count
    var data = "The shipped data is current to \(dataAsOf)"
    if active == 0 {
      data += "; you have no marks of your own."
    } else {
      let applied = snapshot.ledger.factsFromMarks
      data += ", and \(active) of your marks \(active == 1 ? "is" : "are") in effect"
      if applied < active {
        data +=
          " (\(active - applied) of them no longer \(active - applied == 1 ? "changes" : "change") anything)"
      }
      data += "."
    }
    sentences.append(data)
    return sentences.joined(separator: " ")
  }

  /// `1 party`, `48 parties`, `no parties`.
  static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
    if number == 0 { return "no " + plural }
    return "\(number) " + (number == 1 ? singular : plural)
  }

  /// `one month`, `three months`, `13 months`.
  static func months(_ number: Int) -> String {
    let words = [
      "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve",
    ]
    let amount = number >= 0 && number < words.count ? words[number] : String(number)
    return amount + (number == 1 ? " month" : " months")
  }

  /// `1st`, `2nd`, `3rd`, `30th`, `111th`.
  static func ordinal(_ number: Int) -> String {
    let lastTwo = number % 100
    if (11...13).contains(lastTwo) { return "\(number)th" }
    switch number % 10 {
    case 1: return "\(number)st"
    case 2: return "\(number)nd"
    case 3: return "\(number)rd"
    default: return "\(number)th"
    }
  }

  /// `Indonesia's`, `the Philippines'`.
  static func possessive(_ name: String) -> String {
    name.hasSuffix("s") ? name + "'" : name + "'s"
  }
}
