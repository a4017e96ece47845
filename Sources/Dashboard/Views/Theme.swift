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
  /// Warnings that need the reader's attention, such as data that has grown old.
  public var warning: Style { Style.plain.foreground(.yellow).bold().reversed() }
  /// Error messages.
  public var error: Style { Style.plain.foreground(.red).bold() }
  /// Facts that come from the user's marks.
  public var marked: Style { Style.plain.foreground(.magenta) }
  /// The filled part of the progress bar.
  public var gaugeFilled: Style { Style.plain.foreground(.green) }
  /// The unfilled part of the progress bar.
  public var gaugeEmpty: Style { Style.plain.foreground(.brightBlack) }

  /// The colour that goes with a status (``StatusKind/color``).
  public func style(for status: ParticipantStatus) -> Style {
    style(for: status.kind)
  }

  /// The colour that goes with a kind of status.
  public func style(for kind: StatusKind) -> Style {
    style(for: kind.color)
  }

  /// The terminal style of a colour the model names.
  public func style(for color: StatusColor) -> Style {
    switch color {
    case .green: return Style.plain.foreground(.green)
    case .yellow: return Style.plain.foreground(.yellow)
    case .cyan: return Style.plain.foreground(.cyan)
    case .blue: return Style.plain.foreground(.blue)
    case .magenta: return Style.plain.foreground(.magenta)
    case .red: return Style.plain.foreground(.red)
    case .gray: return Style.plain.foreground(.brightBlack)
    }
  }

  /// The glyph that tells a status apart without colour (``StatusKind/glyph``).
  public func glyph(for status: ParticipantStatus) -> String {
    status.kind.glyph(ascii: isASCII)
  }

  /// The glyph of a target group (``TargetGroup/glyph``).
  public func glyph(for group: TargetGroup) -> String {
    group.glyph(ascii: isASCII)
  }

  /// The glyph of a kind of status.
  public func glyph(for kind: StatusKind) -> String {
    kind.glyph(ascii: isASCII)
  }

  /// The text between two tabs, ``DashboardLayout/tabDividerWidth`` columns wide.
  public var tabDivider: String { isASCII ? " | " : " │ " }

  /// The mark that flags a fact from the user's marks.
  public var markedGlyph: String { isASCII ? "*" : "✎" }
  /// The mark of an unread news item.
  public var unreadGlyph: String { isASCII ? "*" : "•" }
  /// The mark of a news item that arrived since the last visit.
  public var newGlyph: String { isASCII ? "+" : "✦" }
  /// The mark of an article that grants performers a right, Articles 5 to 11.
  public var performersRightGlyph: String { isASCII ? "*" : "★" }
  /// The list's selection marker.
  public var selectionMarker: String { isASCII ? ">" : "▶" }
}
