/// Where a proposal stands against what btap knows (the shipped data and the user's marks).
public enum ProposalStatus: Hashable, Sendable {
  /// New: nothing btap knows records it yet.
  case proposed
  /// Already known, by the shipped data or a mark (said which); nothing to do.
  case confirmed(by: String)
  /// btap knows something else for the party (said what): a different kind or date.
  case conflict(known: String)
  /// The user set it aside.
  case dismissed

  /// The word every output uses: `proposed`, `confirmed`, `conflict`, `dismissed`.
  public var keyword: String {
    switch self {
    case .proposed: return "proposed"
    case .confirmed: return "confirmed"
    case .conflict: return "conflict"
    case .dismissed: return "dismissed"
    }
  }

  /// Whether it waits for the user (a new proposal or a conflict).
  public var isWaiting: Bool {
    switch self {
    case .proposed, .conflict: return true
    case .confirmed, .dismissed: return false
    }
  }

  /// What the status means, in a few words: `new`, `already known (shipped data)`, ….
  public var detail: String {
    switch self {
    case .proposed: return "new"
    case .confirmed(let source): return "already known (\(source))"
    case .conflict(let known): return "btap knows: \(known)"
    case .dismissed: return "set aside"
    }
  }
}
