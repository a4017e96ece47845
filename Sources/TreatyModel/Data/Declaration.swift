/// A declaration a party made when joining, linked to the articles it touches.
public struct Declaration: Hashable, Sendable {
  /// What a declaration does.
  public enum Kind: String, CaseIterable, Hashable, Sendable {
    /// Limits or replaces a right (Article 11(2) or 11(3)).
    case limitsRight = "limits-right"
    /// Excludes a territory from the treaty's application.
    case territorial
  }

  /// How well the declaration is established.
  public enum Status: String, CaseIterable, Hashable, Sendable {
    /// The depositary notification's text was seen.
    case verified
    /// Reported, but the notification text was not found.
    case unverified
  }

  /// The party's ISO code.
  public var partyCode: String
  /// Paragraph references such as `11(1)`, `11(2)`.
  public var paragraphs: [String]
  /// What the declaration does.
  public var kind: Kind
  /// The depositary notification number, if known.
  public var notification: Int?
  /// How well it is established.
  public var status: Status
  /// A summary in btap's words.
  public var summary: String
  /// Where it comes from.
  public var source: String

  /// Creates a declaration.
  public init(
    partyCode: String, paragraphs: [String], kind: Kind, notification: Int?, status: Status,
    summary: String, source: String
  ) {
    self.partyCode = partyCode
    self.paragraphs = paragraphs
    self.kind = kind
    self.notification = notification
    self.status = status
    self.summary = summary
    self.source = source
  }

  /// The article numbers the paragraphs belong to (`11(2)` → 11), without repeats.
  public var articles: [Int] {
    var seen: [Int] = []
    for paragraph in paragraphs {
      let digits = paragraph.prefix { $0.isNumber }
      if let number = Int(digits), !seen.contains(number) { seen.append(number) }
    }
    return seen
  }

  /// Whether text is a paragraph reference: an article number and a paragraph in brackets,
  /// such as `11(2)`.
  public static func isParagraphReference(_ text: some StringProtocol) -> Bool {
    let article = text.prefix { $0.isASCII && $0.isNumber }
    let rest = text.dropFirst(article.count)
    guard (1...2).contains(article.count), rest.first == "(", rest.last == ")" else {
      return false
    }
    let inner = rest.dropFirst().dropLast()
    return (1...2).contains(inner.count) && inner.allSatisfy { $0.isASCII && $0.isNumber }
  }
}
