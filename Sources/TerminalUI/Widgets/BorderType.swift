/// The characters of a box border.
public enum BorderType: Hashable, Sendable {
  /// Thin lines: `┌─┐│└┘`.
  case light
  /// Thin lines with rounded corners: `╭─╮│╰╯`.
  case rounded
  /// Thick lines: `┏━┓┃┗┛`.
  case heavy
  /// Double lines: `╔═╗║╚╝`.
  case double
  /// ASCII only, for terminals without UTF-8: `+-+|++`.
  case ascii
  /// ASCII only, emphasised (the focused variant of ``ascii``): `#=#|##`.
  case asciiHeavy

  /// The border characters, in the order top-left, top-right, bottom-left, bottom-right,
  /// horizontal, vertical.
  public var symbols: BorderSymbols {
    switch self {
    case .light: return BorderSymbols("┌", "┐", "└", "┘", "─", "│")
    case .rounded: return BorderSymbols("╭", "╮", "╰", "╯", "─", "│")
    case .heavy: return BorderSymbols("┏", "┓", "┗", "┛", "━", "┃")
    case .double: return BorderSymbols("╔", "╗", "╚", "╝", "═", "║")
    case .ascii: return BorderSymbols("+", "+", "+", "+", "-", "|")
    case .asciiHeavy: return BorderSymbols("#", "#", "#", "#", "=", "|")
    }
  }

  /// Whether the border uses ASCII characters only.
  public var isASCII: Bool { self == .ascii || self == .asciiHeavy }

  /// The emphasised border used for a focused box of this type.
  public var focusedVariant: BorderType { isASCII ? .asciiHeavy : .heavy }
}

/// The six characters of a box border.
public struct BorderSymbols: Hashable, Sendable {
  /// The top-left corner.
  public var topLeft: String
  /// The top-right corner.
  public var topRight: String
  /// The bottom-left corner.
  public var bottomLeft: String
  /// The bottom-right corner.
  public var bottomRight: String
  /// The top and bottom edges.
  public var horizontal: String
  /// The left and right edges.
  public var vertical: String

  /// Creates a set of border characters.
  public init(
    _ topLeft: String, _ topRight: String, _ bottomLeft: String, _ bottomRight: String,
    _ horizontal: String, _ vertical: String
  ) {
    self.topLeft = topLeft
    self.topRight = topRight
    self.bottomLeft = bottomLeft
    self.bottomRight = bottomRight
    self.horizontal = horizontal
    self.vertical = vertical
  }
}
