import TerminalUI
import TreatyModel

/// The dashboard's styles and glyphs.
///
/// Status is always told by a glyph as well as a colour, so it reads the same without colour
/// (`NO_COLOR`, monochrome terminals).
public struct Theme: Hashable, Sendable {
  /// Whether to draw with ASCII only (no box drawing, no braille).
  public var isASCII: Bool

  /// A theme; ASCII for terminals or locales that cannot show Unicode.
  public init(isASCII: Bool = false) {
    self.isASCII = isASCII
  }

  /// Borders.
  public var border: BorderType { isASCII ? .ascii : .rounded }
  /// Titles and headings.
  public var heading: Style { Style.plain.bold() }
  /// Secondary text.
  public var muted: Style { Style.plain.foreground(.brightBlack) }
  /// Labels such as "Signed".
  public var label: Style { Style.plain.foreground(.cyan) }
  /// Highlights: numbers that matter, unread items.
  public var accent: Style { Style.plain.foreground(.yellow).bold() }
  /// Error messages.
  public var error: Style { Style.plain.foreground(.red).bold() }
  /// Facts that come from the user's marks.
  public var marked: Style { Style.plain.foreground(.magenta) }
  /// The filled part of the progress bar.
  public var gaugeFilled: Style { Style.plain.foreground(.green) }
  /// The unfilled part of the progress bar.
  public var gaugeEmpty: Style { Style.plain.foreground(.brightBlack) }

  /// The colour that goes with a status.
  public func style(for status: ParticipantStatus) -> Style {
    switch status {
    case .inForce: return Style.plain.foreground(.green)
    case .pending: return Style.plain.foreground(.yellow)
    case .withdrawing: return Style.plain.foreground(.magenta)
    case .signatory: return Style.plain.foreground(.cyan)
    case .withdrawn: return Style.plain.foreground(.red)
    case .eligible: return Style.plain.foreground(.brightBlack)
    }
  }

  /// The glyph that tells a status apart without colour.
  public func glyph(for status: ParticipantStatus) -> String {
    guard isASCII else { return String(status.glyph) }
    switch status {
    case .inForce: return "P"
    case .pending: return "p"
    case .withdrawing: return "w"
    case .signatory: return "s"
    case .withdrawn: return "x"
    case .eligible: return "."
    }
  }

  /// The mark that flags a fact from the user's marks.
  public var markedGlyph: String { isASCII ? "*" : "✎" }
  /// The mark of an unread news item.
  public var unreadGlyph: String { isASCII ? "*" : "•" }
  /// The mark of a substantive article.
  public var substantiveGlyph: String { isASCII ? "*" : "★" }
  /// The list's selection marker.
  public var selectionMarker: String { isASCII ? ">" : "▶" }
}
