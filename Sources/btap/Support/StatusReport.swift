import TreatyModel

/// The one-paragraph summary that `btap status` prints (and `btap` when not on a terminal).
enum StatusReport {
  /// The paragraph for the treaty on `snapshot.date`, with the user's marks counted.
  ///
  /// Without `--as-of` it speaks of what btap knows (the data's date and the user's marks, from
  /// `age`), never of today, and says how old that is.
  static func paragraph(
    snapshot: TreatySnapshot, journal: MarkJournal, factsFromMarks: Int, age: DataAge,
    isToday: Bool
  ) -> String {
    let progress = snapshot.progress
    let facts = snapshot.rules.facts
    var sentences: [String] = []

    let when: String
    if isToday {
      if age.knownAsOf == age.dataAsOf {
        when = "As of \(age.dataAsOf), the date of btap's data (\(age.span) ago),"
      } else {
        when =
          "As of \(age.knownAsOf), the date of your latest mark (\(age.span) ago), over btap's "
          + "data of \(age.dataAsOf),"
      }
    } else {
      when = "On \(snapshot.date)"
    }
    var opening =
      "\(when) the \(facts.name) had \(Wording.count(progress.parties, "party", "parties"))"
    if progress.parties > 0 {
      if progress.partiesInForce == progress.parties {
        opening += progress.parties == 1 ? ", bound by it" : ", all of them bound by it"
      } else if progress.partiesInForce == 0 {
        opening +=
          progress.parties == 1 ? ", not yet bound by it" : ", none of them bound by it yet"
      } else {
        opening += ", \(progress.partiesInForce) of them bound by it so far"
      }
    }
    sentences.append(opening + ".")

    if let deposit = progress.thresholdDeposit, let entry = progress.entryIntoForce {
      let name = snapshot.thresholdParty?.name ?? deposit.code
      let reached =
        "It needed \(progress.threshold) instruments of ratification or accession to take "
        + "effect; the \(Wording.ordinal(progress.threshold)) was \(possessive(name)), deposited on "
        + "\(deposit.date), "
      if entry <= snapshot.date {
        sentences.append(reached + "and the treaty entered into force on \(entry).")
      } else {
        let future = "was to enter"
        sentences.append(reached + "so the treaty \(future) into force on \(entry).")
      }
    } else {
      let needed = Wording.count(progress.stillNeeded, "more instrument", "more instruments")
      let verb = progress.stillNeeded == 1 ? "was" : "were"
      sentences.append(
        "It was not in force yet: \(needed) of ratification or accession "
          + "\(verb) needed to reach the \(progress.threshold) that bring it into force "
          + "\(Wording.months(facts.entryIntoForceDelayMonths)) after the last of them.")
    }

    let signatories = snapshot.counts.signatories
    let waiting = snapshot.counts.signedOnly
    if signatories == 0 {
      sentences.append("Nobody had signed it yet.")
    } else if waiting == signatories {
      sentences.append(
        "None of its \(Wording.count(signatories, "signatory", "signatories")) "
          + "had ratified yet.")
    } else if waiting == 0 {
      sentences.append(
        "Every one of its \(Wording.count(signatories, "signatory", "signatories")) "
          + "had deposited an instrument.")
    } else {
      sentences.append(
        "Of its \(Wording.count(signatories, "signatory", "signatories")), "
          + "\(waiting) had not yet ratified.")
    }

    let inProcess = snapshot.counts.inProcess
    if inProcess > 0 {
      sentences.append(
        "By your steps, \(Wording.count(inProcess, "state was", "states were")) in process, "
          + "on the way to depositing an instrument (btap pipeline).")
    }

    let active = journal.activeMarks.count
    var data: String
    if active == 0 {
      data = "You have no marks of your own."
    } else {
      let applied = factsFromMarks
      data = "\(active) of your marks \(active == 1 ? "is" : "are") in effect"
      if applied < active {
        data +=
          " (\(active - applied) of them no longer \(active - applied == 1 ? "changes" : "change") anything)"
      }
      data += "."
    }
    sentences.append(data)
    if isToday && age.isStale {
      sentences.append(
        "What btap knows is \(age.span) old, so deposits made since may be missing. "
          + DataAge.refreshAdvice)
    }
    return sentences.joined(separator: " ")
  }

  /// `Indonesia's`, `the Philippines'`.
  static func possessive(_ name: String) -> String {
    name.hasSuffix("s") ? name + "'" : name + "'s"
  }
}
