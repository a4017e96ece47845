/// The colour that goes with a status, named once so every front end paints a status alike.
///
/// Each front end turns it into its own terms: the dashboard into a terminal colour, the
/// command line into an SGR code. Colour never carries meaning alone: every status also has
/// a glyph and a word (``StatusKind``).
public enum StatusColor: String, CaseIterable, Hashable, Sendable {
  /// Bound by the treaty.
  case green
  /// Deposited, bound later.
  case yellow
  /// Signed only.
  case cyan
  /// In process: on the way to depositing.
  case blue
  /// Leaving.
  case magenta
  /// Left.
  case red
  /// Neither signed nor joined.
  case gray

  /// The SGR parameter for the foreground colour (`32` for green).
  public var sgrCode: String {
    switch self {
    case .green: return "32"
    case .yellow: return "33"
    case .cyan: return "36"
    case .blue: return "34"
    case .magenta: return "35"
    case .red: return "31"
    case .gray: return "90"
    }
  }
}
