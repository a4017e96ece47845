/// One of the treaty's 30 articles.
public struct Article: Hashable, Sendable, Identifiable {
  /// The article number, 1 through 30.
  public var number: Int
  /// The official title.
  public var title: String
  /// Where it stands in the treaty: a right of performers, a provision shaping them, and so on.
  public var articleClass: ArticleClass
  /// Whether it belongs to the treaty's substantive part, Articles 1 to 20.
  public var isSubstantive: Bool
  /// For a provision that shapes rights, the articles whose rights it reaches.
  public var reaches: ClosedRange<Int>?
  /// A summary in btap's own words.
  public var summary: String

  /// The article number.
  public var id: Int { number }

  /// Creates an article.
  public init(
    number: Int, title: String, articleClass: ArticleClass, isSubstantive: Bool,
    reaches: ClosedRange<Int>? = nil, summary: String
  ) {
    self.number = number
    self.title = title
    self.articleClass = articleClass
    self.isSubstantive = isSubstantive
    self.reaches = reaches
    self.summary = summary
  }

  /// What the article reaches, in words (`Arts. 5–11: every right, live performances
  /// included`), or nil when it shapes no rights.
  public var reachDescription: String? {
    guard let reaches else { return nil }
    let span = "Arts. \(reaches.lowerBound)–\(reaches.upperBound)"
    if reaches.contains(5) && reaches.contains(6) {
      return "\(span): every right, live performances included"
    }
    if reaches.lowerBound >= 7 { return "\(span): the economic rights in fixed performances" }
    return span
  }
}
