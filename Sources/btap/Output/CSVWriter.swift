/// Writes a table as CSV with RFC 4180 quoting.
///
/// A header row of column keys comes first, then one line per row; a value with a comma, a
/// quote, a line end or surrounding spaces is quoted, its quotes doubled. Lines end with a
/// line feed.
enum CSVWriter {
  /// The CSV text.
  static func write(_ table: RecordTable) -> String {
    var text = table.columns.map { quoted($0.key) }.joined(separator: ",") + "\n"
    for row in table.rows {
      text += row.map(quoted).joined(separator: ",") + "\n"
    }
    return text
  }

  /// One field, quoted when needed.
  static func quoted(_ value: String) -> String {
    let needsQuotes =
      value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
      || value.first == " " || value.last == " "
    guard needsQuotes else { return value }
    var result = "\""
    for character in value {
      if character == "\"" { result += "\"\"" } else { result.append(character) }
    }
    return result + "\""
  }
}
