import Synchronization

/// What reviewing proposals keeps from one review to the next within a workspace: the index
/// of state names, and the proposals the news items carry.
///
/// The dashboard reviews the proposals again after every save; with ten thousand parties
/// and news items, indexing every name and reading every item again made a mark take about
/// 60 ms. Both are kept while what they were made from is unchanged: the names while the
/// data's participants are the same and no correction renamed one; the news items' proposals
/// while the news, the signatories and the names are. Each is checked by comparing values
/// (arrays unchanged since the last review compare at once), so a kept result is always the
/// one a fresh review would give.
final class ProposalMemo: Sendable {
  /// What is kept.
  private struct State {
    /// The data's participants the names were indexed from.
    var namesSource: [Participant]?
    /// The index of their names, and how many times it was built.
    var names: StateNameIndex?
    var namesBuilt = 0
    /// The news items read, the inputs of the recogniser that read them, and what it found.
    var news: [NewsItem]?
    var newsSignatories: Set<String> = []
    var newsAdopted: CalendarDate?
    var newsNamesBuilt = 0
    var newsProposals: [ProposedEvent] = []
  }

  private let state = Mutex(State())

  /// A recogniser over `ledger`'s states, its index of names kept while the names are the same.
  func recogniser(ledger: Ledger, formalNames: FormalNames) -> NotificationRecogniser {
    recogniserAndBuild(ledger: ledger, formalNames: formalNames).recogniser
  }

  /// The proposals the news items carry, read by the recogniser ``recogniser(ledger:formalNames:)``
  /// gives, or kept from the last review when nothing they depend on changed.
  func newsProposals(
    in news: [NewsItem], ledger: Ledger, formalNames: FormalNames
  ) -> [ProposedEvent] {
    let (recogniser, build) = recogniserAndBuild(ledger: ledger, formalNames: formalNames)
    let kept: [ProposedEvent]? = state.withLock { state in
      guard !ledger.renamesParticipants, state.newsNamesBuilt == build,
        state.newsAdopted == recogniser.adopted, state.newsSignatories == recogniser.signatories,
        state.news == news
      else { return nil }
      return state.newsProposals
    }
    if let kept { return kept }
    let proposals = recogniser.proposals(in: news)
    state.withLock { state in
      state.news = news
      state.newsSignatories = recogniser.signatories
      state.newsAdopted = recogniser.adopted
      state.newsNamesBuilt = build
      state.newsProposals = proposals
    }
    return proposals
  }

  /// A recogniser, and which build of the name index it uses (0: one made for a renaming
  /// ledger, never kept).
  private func recogniserAndBuild(
    ledger: Ledger, formalNames: FormalNames
  ) -> (recogniser: NotificationRecogniser, build: Int) {
    if ledger.renamesParticipants {
      return (NotificationRecogniser(ledger: ledger, formalNames: formalNames), 0)
    }
    let source = ledger.dataset.participants
    let kept: (StateNameIndex, Int)? = state.withLock { state in
      guard let names = state.names, state.namesSource == source else { return nil }
      return (names, state.namesBuilt)
    }
    if let (names, build) = kept {
      return (NotificationRecogniser(names: names, ledger: ledger), build)
    }
    let names = StateNameIndex(participants: ledger.participants, formalNames: formalNames)
    let build = state.withLock { state in
      state.namesSource = source
      state.names = names
      state.namesBuilt += 1
      return state.namesBuilt
    }
    return (NotificationRecogniser(names: names, ledger: ledger), build)
  }
}
