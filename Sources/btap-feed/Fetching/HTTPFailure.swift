/// Why a fetch got no usable answer: the network or the server's answer, in words.
public struct HTTPFailure: Error, Hashable, Sendable, CustomStringConvertible {
  /// The kind of failure.
  public enum Kind: Hashable, Sendable {
    /// No complete answer within the timeout.
    case timedOut
    /// Nothing listens at the address, or the host could not be reached or resolved.
    case unreachable
    /// The decoded body is larger than the limit.
    case tooLarge
    /// More redirects than allowed, or one to an address that is not http or https.
    case badRedirect
    /// Anything else the transfer reported (TLS, a broken connection, a bad encoding).
    case transfer
  }

  /// The kind of failure.
  public let kind: Kind
  /// The cause in words, without the feed's name.
  public let reason: String

  /// Creates a failure.
  public init(_ kind: Kind, _ reason: String) {
    self.kind = kind
    self.reason = reason
  }

  /// The cause in words.
  public var description: String { reason }
}
