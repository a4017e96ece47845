/// Compares proposed events with what btap knows: the one place that decides whether a
/// proposal is new, confirmed, in conflict or dismissed, for every front end.
public enum ProposalReview {
  /// The identifiers of the proposals the user dismissed (the dismissal marks in effect).
  public static func dismissed(in journal: MarkJournal) -> Set<String> {
    var identifiers: Set<String> = []
    for mark in journal.activeMarks {
      if case .dismissal(let identifier) = mark.action { identifiers.insert(identifier) }
    }
    return identifiers
  }

  /// The saved proposals, then the news items' proposals not already among them, each with
  /// its status; newest event first.
  public static func review(
    saved: [ProposedEvent], news: [NewsItem], recogniser: NotificationRecogniser,
    ledger: Ledger, dismissed: Set<String>
  ) -> [ReviewedProposal] {
    review(
      saved: saved, newsProposals: recogniser.proposals(in: news), ledger: ledger,
      dismissed: dismissed)
  }

  /// ``review(saved:news:recogniser:ledger:dismissed:)`` with the news items' proposals
  /// already read.
  public static func review(
    saved: [ProposedEvent], newsProposals: [ProposedEvent], ledger: Ledger,
    dismissed: Set<String>
  ) -> [ReviewedProposal] {
    var identifiers = Set(saved.map(\.id))
    var events = saved
    for event in newsProposals where identifiers.insert(event.id).inserted {
      events.append(event)
    }
    return
      events
      .map {
        ReviewedProposal(event: $0, status: status(of: $0, ledger: ledger, dismissed: dismissed))
      }
      .sorted { ($0.event.date, $1.event.id) > ($1.event.date, $0.event.id) }
  }

  /// Where one event stands against the ledger.
  ///
  /// The same party, kind and date already known is confirmed; a different kind or date is a
  /// conflict; anything else is new. A headline's date is only
  /// the day it was published, so the same act known on any date confirms it. A dismissal
  /// sets aside what is new or in conflict.
  public static func status(
    of event: ProposedEvent, ledger: Ledger, dismissed: Set<String>
  ) -> ProposalStatus {
    let factual = factualStatus(of: event, ledger: ledger)
    if factual.isWaiting, dismissed.contains(event.id) { return .dismissed }
    return factual
  }

  private static func factualStatus(of event: ProposedEvent, ledger: Ledger) -> ProposalStatus {
    guard let participant = ledger.participant(code: event.partyCode) else {
      return .conflict(known: "no party has the code \(event.partyCode)")
    }
    let known: (kind: ProposedEvent.Kind, date: CalendarDate)?
    switch event.kind {
    case .ratification, .accession:
      if let instrument = participant.instrument, let date = participant.depositDate {
        known = (instrument == .ratification ? .ratification : .accession, date)
      } else {
        known = nil
      }
    case .signature: known = participant.signatureDate.map { (.signature, $0) }
    case .denunciation: known = participant.denunciationDate.map { (.denunciation, $0) }
    }
    guard let known else { return .proposed }
    // A headline gives no date of its own: the same act known for the party confirms it.
    let sameDate = !event.isDateExact || known.date == event.date
    if known.kind == event.kind, sameDate {
      let shipped = ledger.dataset.participants.first { $0.code == event.partyCode }
      let inShippedData =
        switch event.kind {
        case .ratification, .accession: shipped?.depositDate == known.date
        case .signature: shipped?.signatureDate == known.date
        case .denunciation: shipped?.denunciationDate == known.date
        }
      if inShippedData { return .confirmed(by: "shipped data") }
      return .confirmed(by: "your marks")
    }
    let word = known.kind == .signature ? "signed" : "\(known.kind.rawValue)"
    return .conflict(known: "\(word) on \(known.date)")
  }
}
