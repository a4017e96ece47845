/// One of the treaty's 30 articles.
public struct Article: Hashable, Sendable, Identifiable {
  /// The article number, 1 through 30.
  public var number: Int
  /// The official title.
  public var title: String
  /// The kind of right it grants, if any.
  public var right: RightCategory
  /// Whether it creates a substantive right or obligation.
  public var isSubstantive: Bool
  /// A summary in btap's own words.
  public var summary: String

  /// The article number.
  public var id: Int { number }

  /// Creates an article.
  public init(
    number: Int, title: String, right: RightCategory, isSubstantive: Bool, summary: String
  ) {
    self.number = number
    self.title = title
    self.right = right
    self.isSubstantive = isSubstantive
    self.summary = summary
  }
}
