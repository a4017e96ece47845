/// One feed the user follows: its address, and what btap remembers between fetches.
///
/// The validators (`ETag`, `Last-Modified`) are kept exactly as the server sent them and sent
/// back unchanged, so a server that has nothing new can answer "304 Not Modified".
public struct Subscription: Hashable, Sendable {
  /// The feed's address, an absolute `http` or `https` URL; a permanent redirect replaces it.
  public var url: String
  /// The name the user gave it, or empty (then the feed's own title is shown, else the URL).
  public var title: String
  /// The `ETag` of the last full answer, as sent; empty when none.
  public var entityTag: String
  /// The `Last-Modified` of the last full answer, as sent; empty when none.
  public var lastModified: String
  /// The server asked (with `Retry-After`) not to be asked again before this instant.
  public var retryAfter: Timestamp?
  /// When the server said the feed is gone for good (410); a gone feed is not fetched again.
  public var goneSince: Timestamp?
  /// When btap last asked the server.
  public var lastChecked: Timestamp?
  /// The last fetch's outcome in a few words (for `btap feeds list`).
  public var lastResult: String

  /// A new subscription with nothing remembered yet.
  public init(url: String, title: String = "") {
    self.url = url
    self.title = title
    entityTag = ""
    lastModified = ""
    retryAfter = nil
    goneSince = nil
    lastChecked = nil
    lastResult = ""
  }

  /// The name shown for it: the title, else the URL.
  public var displayName: String { title.isEmpty ? url : title }

  /// Whether `text` is a URL btap can subscribe to: `http://` or `https://`, then a host,
  /// with no spaces or control characters (C0, DEL or C1).
  public static func isFetchable(_ text: String) -> Bool {
    let lowered = text.lowercased()
    let rest: Substring
    if lowered.hasPrefix("https://") {
      rest = text.dropFirst("https://".count)
    } else if lowered.hasPrefix("http://") {
      rest = text.dropFirst("http://".count)
    } else {
      return false
    }
    let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    // No space and no control character, C1 ones included: the list's fields are saved with
    // those cleaned, so an address holding one would not load again.
    let hasBadCharacter = text.unicodeScalars.contains {
      $0.value <= 0x20 || (0x7F...0x9F).contains($0.value)
    }
    return !host.isEmpty && !hasBadCharacter
  }
}
