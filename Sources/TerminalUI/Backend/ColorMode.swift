/// How many colours the terminal can show.
public enum ColorMode: Hashable, Sendable {
  /// No colour (monochrome, `NO_COLOR`, or a dumb terminal): attributes only.
  case none
  /// The 16 ANSI colours.
  case ansi16
  /// The 256-colour palette.
  case ansi256
}
