/// A labelled fact for the overview, with its source.
public struct KeyFact: Hashable, Sendable {
  /// The label, for example "Adopted".
  public var label: String
  /// The fact in btap's words.
  public var value: String
  /// Where it comes from.
  public var source: String

  /// Creates a key fact.
  public init(label: String, value: String, source: String) {
    self.label = label
    self.value = value
    self.source = source
  }
}
