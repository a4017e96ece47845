/// What fetching one subscription came to.
public enum FetchOutcome: Hashable, Sendable {
  /// The feed was read and imported: how many items were new, already known, and kept
  /// without a link (a relative link with no base).
  case fetched(newItems: Int, knownItems: Int, unresolvedLinks: Int)
  /// The server said nothing changed (304).
  case unchanged
  /// Not asked: the server asked not to be asked again before this instant.
  case waiting(until: Timestamp)
  /// Not asked: the server said the feed is gone for good (410).
  case gone(since: Timestamp)
  /// The fetch failed; the cause in words.
  case failed(String)

  /// Whether the feed was read or found unchanged: the only outcomes that let
  /// `btap news fetch` succeed.
  public var isSuccess: Bool {
    switch self {
    case .fetched, .unchanged: return true
    case .waiting, .gone, .failed: return false
    }
  }

  /// The outcome in a few words: "3 new, 12 already known", "unchanged",
  /// "gone (410) since 2026-12-01", "waiting until 2026-12-02T10:00:00Z", or the failure.
  public var summary: String {
    switch self {
    case .fetched(let new, let known, let unresolved):
      var text = "\(new) new, \(known) already known"
      if unresolved > 0 {
        text +=
          ", " + Wording.count(unresolved, "relative link", "relative links")
          + " with no base left out"
      }
      return text
    case .unchanged: return "unchanged"
    case .waiting(let until):
      return "not asked: the server asked to wait until \(until)"
    case .gone(let since):
      return "gone: the server said so (410) on \(since.date); remove it with 'btap feeds remove'"
    case .failed(let reason): return "failed: \(reason)"
    }
  }
}
