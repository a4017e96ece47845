/// Where a proposed event was read: a file the user imported, a page's address, or a news
/// item.
public struct ProposalSource: Hashable, Sendable {
  /// What kind of place the text came from.
  public enum Kind: String, CaseIterable, Hashable, Sendable {
    /// A file (or standard input) given to `btap notifications import`.
    case file
    /// A news item, shipped or imported.
    case news
  }

  /// What kind of place it is.
  public var kind: Kind
  /// The file's path, `-` for standard input, or the news item's id.
  public var reference: String
  /// The address the text was published at, when known (a news item's link, or a link found
  /// in the saved page).
  public var link: String

  /// Creates a source.
  public init(kind: Kind, reference: String, link: String = "") {
    self.kind = kind
    self.reference = reference
    self.link = link
  }

  /// `file notice.txt`, `news item wipo-2020-…`, with the link when there is one.
  public var description: String {
    let place = kind == .file ? "file \(reference)" : "news item \(reference)"
    return link.isEmpty ? place : "\(place) (\(link))"
  }
}
