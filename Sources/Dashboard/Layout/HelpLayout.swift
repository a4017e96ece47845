import TerminalUI
import TreatyModel

/// How much of the help fits a terminal: the help's lines, the rows it may use and a page.
public enum HelpLayout {
  /// The rows the help dialog leaves free around it, and takes for its border and hint.
  static let reservedRows = 2 + 3

  /// How many lines the help has (the same lines the overlay draws).
  static func lineCount(age: DataAge) -> Int {
    HelpOverlay(theme: Theme(), age: age, scroll: 0).lines().count
  }

  /// The help lines shown at once on a terminal of `size`, of `lineCount` in all.
  static func visibleRows(in size: Size, lineCount: Int) -> Int {
    max(1, min(lineCount, size.height - reservedRows))
  }

  /// The rows a page key scrolls.
  static func page(in size: Size, lineCount: Int) -> Int {
    max(1, visibleRows(in: size, lineCount: lineCount) - 1)
  }
}
