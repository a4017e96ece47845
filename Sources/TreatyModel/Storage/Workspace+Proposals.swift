/// Proposals on top of the workspace: reading them, and recording or dismissing one as marks.
extension Workspace {
  /// A recogniser over the states the ledger knows and the shipped formal names (its index of
  /// names kept between reviews while the names are the same: ``ProposalMemo``).
  public var recogniser: NotificationRecogniser {
    proposalMemo.recogniser(ledger: ledger, formalNames: formalNames)
  }

  /// The identifiers of the proposals the user dismissed (and did not undo).
  public var dismissedProposals: Set<String> { ProposalReview.dismissed(in: store.journal) }

  /// Every proposal, saved or read from the news, with where it stands; newest first.
  ///
  /// The news items' proposals are kept from the last review while nothing they depend on
  /// changed (``ProposalMemo``), so a review after a save costs little.
  public func reviewedProposals() -> [ReviewedProposal] {
    ProposalReview.review(
      saved: savedProposals.events,
      newsProposals: proposalMemo.newsProposals(
        in: allNews, ledger: ledger, formalNames: formalNames),
      ledger: ledger, dismissed: dismissedProposals)
  }

  /// Every proposal, saved or read from the news by `recogniser`, with where it stands;
  /// newest first.
  public func reviewedProposals(using recogniser: NotificationRecogniser) -> [ReviewedProposal] {
    ProposalReview.review(
      saved: savedProposals.events, news: allNews, recogniser: recogniser, ledger: ledger,
      dismissed: dismissedProposals)
  }

  /// Records a proposal as marks.
  ///
  /// Its deposit (or signature, or notice) becomes a mark whose note names the notification
  /// and its link, then each declaration btap does not know yet a declaration mark. Returns the marks saved, in order; each is undone on its own.
  @discardableResult
  public mutating func accept(
    _ event: ProposedEvent, clock: Clock
  ) throws(StoreError) -> [MarkStore.SaveResult] {
    var results: [MarkStore.SaveResult] = []
    let status = ProposalReview.status(of: event, ledger: ledger, dismissed: [])
    // A conflict is put to the rules too, which refuse it and say what btap knows.
    if case .confirmed = status {
    } else {
      results.append(
        try mark(code: event.partyCode, action: event.action, note: event.note, clock: clock))
    }
    for declaration in event.declarations {
      let known = ledger.declarations.contains {
        $0.partyCode == event.partyCode && $0.kind == declaration.kind
          && $0.paragraphs == declaration.paragraphs
      }
      if known { continue }
      results.append(
        try mark(
          code: event.partyCode,
          action: .declaration(
            declaration.kind, paragraphs: declaration.paragraphs, summary: declaration.summary,
            event.date),
          note: event.note, clock: clock))
    }
    return results
  }

  /// Sets a proposal aside, as a mark that `undo` withdraws like any other.
  @discardableResult
  public mutating func dismiss(
    _ event: ProposedEvent, clock: Clock
  ) throws(StoreError) -> MarkStore.SaveResult {
    try mark(code: event.partyCode, action: .dismissal(event.id), note: event.note, clock: clock)
  }
}
