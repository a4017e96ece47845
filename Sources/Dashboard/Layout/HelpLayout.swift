import TerminalUI

/// How much of the help fits a terminal: the help's lines, the rows it may use and a page.
public enum HelpLayout {
  /// The rows the help dialog leaves free around it, and takes for its border and hint.
  static let reservedRows = 2 + 3

  /// The help's lines: one per binding of the panes and of the map, a blank and the legend's
  /// two lines, a blank, the data's age and two lines on bringing it up to date.
  public static var lineCount: Int { Keymap.bindings.count + Keymap.mapBindings.count + 7 }

  /// The help lines shown at once on a terminal of `size`.
  public static func visibleRows(in size: Size) -> Int {
    max(1, min(lineCount, size.height - reservedRows))
  }

  /// The rows a page key scrolls.
  public static func page(in size: Size) -> Int {
    max(1, visibleRows(in: size) - 1)
  }
}
