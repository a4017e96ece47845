/// Writes a table as linear text for screen readers: one sentence-like line per row,
/// `Label: value; Label: value.`, leaving out empty values; no alignment, no box drawing.
enum PlainWriter {
  /// The linear text.
  static func write(_ table: RecordTable) -> String {
    var text = ""
    for row in table.rows {
      var parts: [String] = []
      for (column, value) in row.enumerated() where !value.isEmpty {
        parts.append(table.columns[column].label + ": " + value)
      }
      text += parts.joined(separator: "; ") + ".\n"
    }
    return text
  }
}
