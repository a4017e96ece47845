/// The final answer to an ``HTTPRequest``, after any redirects.
public struct HTTPResponse: Hashable, Sendable {
  /// The status code of the last answer (never a redirect).
  public var status: Int
  /// The address that gave the last answer: the base for the feed's relative links.
  public var finalURL: String
  /// The address to remember from now on, when every redirect on the way was permanent
  /// (301 or 308) — or up to the first temporary one; nil when there was none.
  public var permanentURL: String?
  /// The last answer's `ETag`, exactly as sent, or empty.
  public var entityTag: String
  /// The last answer's `Last-Modified`, exactly as sent, or empty.
  public var lastModified: String
  /// The last answer's `Content-Type`, or empty.
  public var contentType: String
  /// The last answer's `Retry-After` as seconds from now, when it sent one that could be read.
  public var retryAfterSeconds: Int?
  /// The body, decoded from gzip or deflate when it was sent so.
  public var body: [UInt8]

  /// Creates a response.
  public init(
    status: Int, finalURL: String, permanentURL: String? = nil, entityTag: String = "",
    lastModified: String = "", contentType: String = "", retryAfterSeconds: Int? = nil,
    body: [UInt8] = []
  ) {
    self.status = status
    self.finalURL = finalURL
    self.permanentURL = permanentURL
    self.entityTag = entityTag
    self.lastModified = lastModified
    self.contentType = contentType
    self.retryAfterSeconds = retryAfterSeconds
    self.body = body
  }

  /// The `charset` parameter of the `Content-Type`, if any (`text/xml; charset=ISO-8859-1`).
  public var charset: String? {
    for parameter in contentType.split(separator: ";").dropFirst() {
      let pair = parameter.split(separator: "=", maxSplits: 1)
      guard pair.count == 2,
        pair[0].trimmed(of: " \t").lowercased() == "charset"
      else { continue }
      let value = pair[1].trimmed(of: " \t\"'")
      return value.isEmpty ? nil : value
    }
    return nil
  }
}

extension Substring {
  /// The text without the given characters at either end.
  func trimmed(of characters: String) -> String {
    let set = Set(characters)
    return String(self.drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
  }
}
