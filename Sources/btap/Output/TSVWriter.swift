/// Writes a table as tab-separated values: a header row of column keys, then one line per
/// row; a tab or line end inside a value becomes a space, so every line has all its columns.
enum TSVWriter {
  /// The TSV text.
  static func write(_ table: RecordTable) -> String {
    var text = table.columns.map(\.key).joined(separator: "\t") + "\n"
    for row in table.rows {
      text += row.map(field).joined(separator: "\t") + "\n"
    }
    return text
  }

  private static func field(_ value: String) -> String {
    guard value.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return value }
    return String(value.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
  }
}
