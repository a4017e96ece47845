/// One section of the overview: what the treaty is, why it matters, how it comes into force.
public struct OverviewSection: Hashable, Sendable {
  /// A stable identifier: `what`, `why` or `how`.
  public var identifier: String
  /// The heading.
  public var heading: String
  /// The paragraphs, in order.
  public var paragraphs: [String]

  /// Creates a section.
  public init(identifier: String, heading: String, paragraphs: [String]) {
    self.identifier = identifier
    self.heading = heading
    self.paragraphs = paragraphs
  }
}
