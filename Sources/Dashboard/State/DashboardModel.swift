import TreatyModel

/// What the dashboard knows of the user's data: a value copy of the workspace's facts, so that
/// `reduce` stays pure.
///
/// Effects that save produce a new model.
public struct DashboardModel: Equatable, Sendable {
  /// The shipped data with the active marks applied.
  public var ledger: Ledger
  /// Which news items were read.
  public var readState: NewsReadState
  /// Every news item, newest first.
  public var news: [NewsItem]
  /// How many news items are unread.
  public var unreadCount: Int
  /// When each imported news item arrived, by identifier.
  public var newsArrivals: [String: Timestamp]
  /// Every mark ever made, oldest first.
  public var marks: [Mark]
  /// The sequence numbers of the marks in effect.
  public var activeMarks: Set<Int>
  /// The mark an undo would withdraw.
  public var undoTarget: Mark?
  /// The mark a redo would restore.
  public var redoTarget: Mark?
  /// The codes of the participants the active marks changed.
  public var markedCodes: Set<String>
  /// The dates on which instruments were deposited, oldest first, each once: the stops of
  /// time travel.
  public var depositDates: [CalendarDate]
  /// Every proposal from imported notifications and the news, with where it stands, newest
  /// first.
  public var proposals: [ReviewedProposal]
  /// How many proposals wait for the user (new or in conflict).
  public var waitingProposals: Int
  /// The workspace's change counter when the copy was made (``Workspace/revision``).
  public var revision: Int

  /// The treaty's rules.
  public var rules: TreatyRules { ledger.rules }
  /// The shipped facts.
  public var facts: TreatyFacts { ledger.dataset.facts }

  /// Copies what the dashboard needs out of a workspace; the proposals are reviewed too
  /// unless `reviewingProposals` is false (at start-up, where they follow the first frame).
  public init(workspace: Workspace, reviewingProposals: Bool = true) {
    ledger = workspace.ledger
    readState = workspace.readState
    news = workspace.allNews
    let read = workspace.readState
    unreadCount = news.count { !read.isRead($0.id) }
    newsArrivals = workspace.importedNews.importedAt
    let journal = workspace.store.journal
    marks = journal.allMarks
    activeMarks = Set(journal.activeMarks.map(\.sequence))
    undoTarget = journal.undoStack.last.flatMap { journal.mark(sequence: $0) }
    redoTarget = journal.redoStack.last.flatMap { journal.mark(sequence: $0) }
    revision = workspace.revision
    proposals = reviewingProposals ? workspace.reviewedProposals() : []
    waitingProposals = proposals.count { $0.status.isWaiting }
    markedCodes = Set(workspace.ledger.markedCodes.keys)
    depositDates = Array(Set(workspace.ledger.participants.compactMap(\.depositDate))).sorted()
  }

  /// Takes the reviewed proposals, and counts those that wait for the user.
  public mutating func setProposals(_ reviewed: [ReviewedProposal]) {
    proposals = reviewed
    waitingProposals = reviewed.count { $0.status.isWaiting }
  }

  /// A one-line description of a mark: "ratification by France on 2026-01-05".
  public func describe(_ mark: Mark) -> String {
    describe(mark.action, code: mark.partyCode)
  }

  /// A one-line description of a change to the participant with an ISO code.
  public func describe(_ action: Mark.Action, code: String) -> String {
    let name = ledger.participant(code: code)?.name ?? code
    switch action {
    case .correction(let field, let value):
      return "correction of \(field.rawValue) for \(name) to '\(value)'"
    case .declaration(_, let paragraphs, _, _):
      let cited = paragraphs.isEmpty ? "territorial" : "Art. " + paragraphs.joined(separator: ", ")
      return "declaration (\(cited)) by \(name)"
    case .dismissal(let proposal):
      return "dismissal of proposal \(proposal) about \(name)"
    case .dataLayer(let asOf, _):
      return "the depositary's table as of \(asOf)"
    case .step(let stage, _, let date):
      return "step '\(stage.title)' for \(name) on \(date)"
    default:
      return "\(action.keyword) by \(name) on \(action.date?.description ?? "")"
    }
  }
}
