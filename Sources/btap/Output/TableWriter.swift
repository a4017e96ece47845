import TerminalUI

/// Writes a table for people: a header, a rule and aligned columns (widths by display width,
/// so accented and wide characters line up), optionally with a colour per cell and the link
/// column's cells as OSC 8 hyperlinks.
enum TableWriter {
  /// Returns an SGR parameter (such as `32` for green) for a cell, or nil for none.
  typealias Colorizer = (_ column: Int, _ value: String) -> String?

  /// The table text.
  static func write(
    _ table: RecordTable, colorize: Colorizer? = nil, hyperlinks: Bool = false
  ) -> String {
    let labels = table.columns.map(\.label)
    var widths = labels.map(DisplayWidth.of)
    for row in table.rows {
      for (column, value) in row.enumerated() {
        widths[column] = max(widths[column], DisplayWidth.of(value))
      }
    }
    var text = line(labels, widths: widths, colorize: nil)
    text += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
    for (index, row) in table.rows.enumerated() {
      let link = hyperlinks ? table.linkColumn.flatMap { _ in table.links[index] } : nil
      text += line(
        row, widths: widths, colorize: colorize, link: link.map { (table.linkColumn ?? 0, $0) })
    }
    return text
  }

  private static func line(
    _ values: [String], widths: [Int], colorize: Colorizer?, link: (column: Int, url: String)? = nil
  ) -> String {
    var text = ""
    for (column, value) in values.enumerated() {
      let isLast = column == values.count - 1
      var cell = value
      if let link, link.column == column { cell = Hyperlink.wrap(cell, url: link.url) }
      if let code = colorize?(column, value), !value.isEmpty {
        cell = "\u{1B}[" + code + "m" + cell + "\u{1B}[0m"
      }
      text += cell
      if !isLast {
        text += String(repeating: " ", count: widths[column] - DisplayWidth.of(value) + 2)
      }
    }
    while text.hasSuffix(" ") { text.removeLast() }
    return text + "\n"
  }
}
