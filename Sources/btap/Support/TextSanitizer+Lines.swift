import TerminalUI

extension TextSanitizer {
  /// Cleans each line of a multi-line text, keeping its line ends.
  static func cleanLines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { clean(String($0)) }.joined(separator: "\n")
  }
}
