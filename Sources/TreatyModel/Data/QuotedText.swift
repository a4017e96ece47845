/// Makes text that came from outside (a file name, an argument, a URL) safe to quote in a
/// message written to a terminal, for code that links no terminal layer (the feed helper).
///
/// The rules are those of TerminalUI's `TextSanitizer`, which the dashboard and the command
/// line use (and a test checks that the two agree): C0 and C1 control characters (ESC, BEL,
/// DEL, CSI …) are removed, so an escape sequence arrives as inert text; a tab, a newline and
/// the Unicode line and paragraph separators become a space; bidirectional embedding,
/// override and isolate characters are removed.
public enum QuotedText {
  /// The text with terminal-controlling characters removed or replaced.
  public static func clean(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0B, 0x0C, 0x2028, 0x2029: scalars.append(" ")
      case 0x00..<0x20, 0x7F..<0xA0: continue
      case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: continue
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// Each line of a multi-line message cleaned, its line ends kept.
  public static func cleanLines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { clean(String($0)) }.joined(separator: "\n")
  }
}
