/// A conditional GET of a feed: the address and the validators remembered from last time.
public struct HTTPRequest: Hashable, Sendable {
  /// The absolute `http` or `https` address.
  public var url: String
  /// Sent back as `If-None-Match` when not empty.
  public var entityTag: String
  /// Sent back as `If-Modified-Since` when not empty.
  public var lastModified: String
  /// The whole exchange, redirects included, must end within this many seconds.
  public var timeoutSeconds: Int

  /// Creates a request.
  public init(url: String, entityTag: String = "", lastModified: String = "", timeoutSeconds: Int) {
    self.url = url
    self.entityTag = entityTag
    self.lastModified = lastModified
    self.timeoutSeconds = timeoutSeconds
  }
}
