/// Which kind of right an article grants.
public enum RightCategory: String, CaseIterable, Hashable, Sendable {
  /// Moral rights: attribution and integrity.
  case moral
  /// Economic rights in live (unfixed) performances.
  case live
  /// Economic rights in recorded (fixed) performances.
  case fixed
  /// No right: definitions, administration, final clauses.
  case none

  /// A short label for screens.
  public var label: String {
    switch self {
    case .moral: return "moral right"
    case .live: return "economic, live"
    case .fixed: return "economic, recorded"
    case .none: return "general"
    }
  }
}
