/// A key and what it does, as shown in a ``KeyHintBar``.
public struct KeyHint: Hashable, Sendable {
  /// The key as the user types it, such as `q`, `/` or `Tab`.
  public var key: String
  /// What the key does, such as `Quit`.
  public var label: String

  /// Creates a hint.
  public init(key: String, label: String) {
    self.key = key
    self.label = label
  }
}
