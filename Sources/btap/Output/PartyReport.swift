import TerminalUI
import TreatyModel

/// The text of `btap show`: a participant's facts, declarations and the user's marks.
struct PartyReport {
  /// Where the participant stands today.
  let standing: ParticipantStanding
  /// The shipped data and marks, for declarations and the marks' outcomes.
  let ledger: Ledger
  /// The user's journal, for the marks about this participant.
  let journal: MarkJournal

  /// Labelled lines (aligned), or linear sentences with `plain`.
  func text(plain: Bool) -> String {
    var fields: [(String, String)] = []
    let participant = standing.participant
    fields.append(("Code", participant.code))
    fields.append(("Region", participant.region.rawValue))
    fields.append(("Status", standing.status.phrase))
    fields.append(("Signed", standing.signatureDate?.description ?? "did not sign"))
    if let instrument = standing.instrument, let deposit = standing.depositDate {
      var text = "\(instrument.rawValue) deposited on \(deposit)"
      if let order = standing.depositOrder {
        text += ", the \(Wording.ordinal(order)) instrument deposited"
      }
      fields.append(("Joined", text))
      if let bound = standing.inForceDate {
        fields.append(("In force", "\(bound)"))
      }
    } else {
      fields.append(("Joined", "no instrument deposited"))
    }
    if let notice = standing.denunciationDate {
      let effective = ledger.rules.denunciationEffectiveDate(noticeReceived: notice)
      fields.append(("Denounced", "notice received \(notice), takes effect \(effective)"))
    }
    if !participant.note.isEmpty { fields.append(("Note", participant.note)) }
    if !participant.sources.isEmpty {
      fields.append(("Sources", participant.sources.joined(separator: " | ")))
    }

    let declarations = ledger.declarations.filter {
      $0.partyCode == participant.code
    }
    let marks = journal.allMarks.filter { $0.partyCode == participant.code }

    var text = TextSanitizer.clean(participant.name) + "\n"
    if plain {
      for (label, value) in fields { text += "\(label): \(TextSanitizer.clean(value)).\n" }
    } else {
      let width = fields.map { DisplayWidth.of($0.0) }.max() ?? 0
      for (label, value) in fields {
        text +=
          "  " + label + ":" + String(repeating: " ", count: width - DisplayWidth.of(label) + 1)
        text += TextSanitizer.clean(value) + "\n"
      }
    }
    text += timeline(plain: plain)
    if declarations.isEmpty {
      text += plain ? "No declarations recorded.\n" : "  Declarations: none recorded\n"
    } else {
      let heading = Wording.count(declarations.count, "declaration", "declarations")
      text += plain ? "\(heading):\n" : "  Declarations:\n"
      for (index, declaration) in declarations.enumerated() {
        let line = describe(declaration)
        text += plain ? "Declaration \(index + 1): \(line)\n" : "    - \(line)\n"
      }
    }
    if marks.isEmpty {
      text += plain ? "You have made no marks about it.\n" : "  Your marks: none\n"
    } else {
      text += plain ? "Your marks about it:\n" : "  Your marks:\n"
      for mark in marks {
        let line = HistoryTable.describe(mark, journal: journal, ledger: ledger)
        text += plain ? "\(line)\n" : "    - \(line)\n"
      }
    }
    return text
  }

  /// The dated road (``PartyTimeline``) when the user recorded steps for the participant.
  private func timeline(plain: Bool) -> String {
    let timeline = PartyTimeline(standing: standing)
    guard timeline.hasSteps else { return "" }
    var text = plain ? "Timeline, oldest first:\n" : "  Timeline:\n"
    for entry in timeline.entries {
      var details: [String] = []
      if !entry.note.isEmpty { details.append("note: " + entry.note) }
      if !entry.source.isEmpty { details.append("source: " + entry.source) }
      let stages = PipelineStage.allCases.count
      let title =
        if case .step(let stage) = entry.kind {
          "\(entry.title) (stage \(stage.number) of \(stages))"
        } else {
          entry.title
        }
      if plain {
        var line = "On \(entry.date): \(title)"
        if !details.isEmpty { line += "; " + details.joined(separator: "; ") }
        text += TextSanitizer.clean(line) + ".\n"
      } else {
        let glyph = entry.isStep ? StatusKind.inProcess.glyph : "·"
        text += TextSanitizer.clean("    \(entry.date)  \(glyph) \(title)") + "\n"
        for detail in details { text += "                  " + TextSanitizer.clean(detail) + "\n" }
      }
    }
    return text
  }

  private func describe(_ declaration: Declaration) -> String {
    var parts: [String] = []
    if !declaration.paragraphs.isEmpty {
      parts.append("Art. " + declaration.paragraphs.joined(separator: ", "))
    }
    parts.append(declaration.kind == .limitsRight ? "limits a right" : "territorial")
    if let number = declaration.notification { parts.append("notification No. \(number)") }
    parts.append(declaration.status.rawValue)
    if ledger.dataset.declarations.contains(declaration) == false {
      parts.append("your mark, " + declaration.source)
    }
    return TextSanitizer.clean(parts.joined(separator: ", ") + ": " + declaration.summary)
  }
}
