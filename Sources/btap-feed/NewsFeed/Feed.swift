import TreatyModel

/// A parsed news feed: its kind, its title and its items, cleaned and ready to import.
public struct Feed: Hashable, Sendable {
  /// Which syntax the feed used.
  public var kind: FeedKind
  /// The feed's own title (the RSS channel's or the Atom feed's), cleaned; may be empty.
  public var title: String
  /// The items in document order, duplicates within the feed removed (the first one kept).
  public var items: [NewsItem]
  /// How many items were dropped because an earlier item had the same id or link.
  public var duplicatesInFeed: Int
  /// How many items had a relative link with no base to resolve it against, and so were kept
  /// without a link.
  public var unresolvedLinks: Int

  /// Creates a feed.
  public init(
    kind: FeedKind, title: String, items: [NewsItem], duplicatesInFeed: Int,
    unresolvedLinks: Int = 0
  ) {
    self.kind = kind
    self.title = title
    self.items = items
    self.duplicatesInFeed = duplicatesInFeed
    self.unresolvedLinks = unresolvedLinks
  }
}
