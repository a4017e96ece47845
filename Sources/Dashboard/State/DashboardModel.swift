import TreatyModel

/// What the dashboard knows of the user's data: a value copy of the workspace's facts, so that
/// `reduce` stays pure.
///
/// Effects that save produce a new model.
public struct DashboardModel: Sendable {
  /// The shipped data with the active marks applied.
  public var ledger: Ledger
  /// Which news items were read.
  public var readState: NewsReadState
  /// Every news item, newest first.
  public var news: [NewsItem]
  /// How many news items are unread.
  public var unreadCount: Int
  /// Every mark ever made, oldest first.
  public var marks: [Mark]
  /// The sequence numbers of the marks in effect.
  public var activeMarks: Set<Int>
  /// The mark an undo would withdraw.
  public var undoTarget: Mark?
  /// The mark a redo would restore.
  public var redoTarget: Mark?
  /// A counter that changes whenever the facts change (for caches).
  public var revision: Int

  /// The treaty's rules.
  public var rules: TreatyRules { ledger.rules }
  /// The shipped facts.
  public var facts: TreatyFacts { ledger.dataset.facts }

  /// Copies what the dashboard needs out of a workspace.
  public init(workspace: Workspace, revision: Int) {
    ledger = workspace.ledger
    readState = workspace.readState
    news = workspace.allNews
    let read = workspace.readState
    unreadCount = news.count { !read.isRead($0.id) }
    let journal = workspace.store.journal
    marks = journal.allMarks
    activeMarks = Set(journal.activeMarks.map(\.sequence))
    undoTarget = journal.undoStack.last.flatMap { journal.mark(sequence: $0) }
    redoTarget = journal.redoStack.last.flatMap { journal.mark(sequence: $0) }
    self.revision = revision
  }

  /// A one-line description of a mark: "ratification by France on 2026-01-05".
  public func describe(_ mark: Mark) -> String {
    let name = ledger.participant(code: mark.partyCode)?.name ?? mark.partyCode
    switch mark.action {
    case .correction(let field, let value):
      return "correction of \(field.rawValue) for \(name) to '\(value)'"
    default:
      return "\(mark.action.keyword) by \(name) on \(mark.action.date?.description ?? "")"
    }
  }
}
