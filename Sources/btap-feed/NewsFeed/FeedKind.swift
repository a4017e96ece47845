/// The feed syntaxes btap reads.
public enum FeedKind: String, Hashable, Sendable {
  /// RSS 2.0: `<rss><channel><item>`.
  case rss = "RSS 2.0"
  /// Atom (RFC 4287): `<feed><entry>`.
  case atom = "Atom"
}
