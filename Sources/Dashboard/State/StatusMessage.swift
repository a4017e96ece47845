/// The status line's message: what was saved, or what went wrong.
public struct StatusMessage: Hashable, Sendable {
  /// Whether the message reports a problem.
  public enum Kind: Hashable, Sendable {
    /// Information, such as "saved".
    case info
    /// A failure the user should read.
    case error
  }

  /// The text.
  public var text: String
  /// Its kind.
  public var kind: Kind

  /// An informational message.
  public static func info(_ text: String) -> StatusMessage {
    StatusMessage(text: text, kind: .info)
  }
  /// An error message.
  public static func error(_ text: String) -> StatusMessage {
    StatusMessage(text: text, kind: .error)
  }
}
