/// One line of the help overlay: keys, what they do, and where they work.
public struct KeyBinding: Hashable, Sendable {
  /// The keys as shown, for example "j / ↓".
  public var keys: String
  /// What they do.
  public var description: String
  /// Where they work, for example "everywhere", "Parties".
  public var context: String

  /// Creates a binding description.
  public init(_ keys: String, _ description: String, _ context: String = "everywhere") {
    self.keys = keys
    self.description = description
    self.context = context
  }
}
