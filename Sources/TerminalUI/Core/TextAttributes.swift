/// Character attributes such as bold or reverse video, combinable as a set.
public struct TextAttributes: OptionSet, Hashable, Sendable {
  /// The raw bit mask.
  public var rawValue: UInt8

  /// Creates attributes from a raw bit mask.
  public init(rawValue: UInt8) {
    self.rawValue = rawValue
  }

  /// Bold (or bright) text.
  public static let bold = TextAttributes(rawValue: 1 << 0)
  /// Dim (faint) text.
  public static let dim = TextAttributes(rawValue: 1 << 1)
  /// Italic text, where the terminal supports it.
  public static let italic = TextAttributes(rawValue: 1 << 2)
  /// Underlined text.
  public static let underline = TextAttributes(rawValue: 1 << 3)
  /// Foreground and background swapped; visible on monochrome terminals.
  public static let reverse = TextAttributes(rawValue: 1 << 4)
}
