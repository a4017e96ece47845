import TreatyModel

/// A fetch of the user's feeds running in the background: how far it got, and what failed.
public struct FetchProgress: Hashable, Sendable {
  /// The feed being fetched (1-based), 0 before the first.
  public var position = 0
  /// How many feeds there are, 0 until the helper says.
  public var total = 0
  /// The feeds that were not fetched so far, each as "name: why".
  public var failures: [String] = []

  /// A fetch that has just been asked for.
  public init() {}

  /// Takes in one event from the helper.
  public mutating func record(_ event: FetchEvent) {
    switch event {
    case .started(let total):
      self.total = total
    case .fetching(let position, let total, _):
      self.position = position
      self.total = total
    case .finished(_, let name, let outcome, _):
      if !outcome.isSuccess { failures.append("\(name): \(outcome.summary)") }
    case .completed:
      break
    }
  }

  /// The status line when the fetch ends: the helper's summary, and the first failure.
  public func closingMessage(_ summary: String) -> StatusMessage {
    guard let first = failures.first else { return .info(summary) }
    let more = failures.count > 1 ? " (and \(failures.count - 1) more: see btap feeds)" : ""
    return .error(summary + "  ·  " + first + more)
  }
}
