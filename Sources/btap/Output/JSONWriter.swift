/// Writes a table as a JSON array of objects, one per row, with the column keys as member
/// names and every value a string (empty when unknown); one object per line.
enum JSONWriter {
  /// The JSON text, ending with a line feed.
  static func write(_ table: RecordTable) -> String {
    guard !table.rows.isEmpty else { return "[]\n" }
    let keys = table.columns.map { string($0.key) }
    var text = "[\n"
    for (index, row) in table.rows.enumerated() {
      text += "  {"
      for (column, value) in row.enumerated() {
        if column > 0 { text += ", " }
        text += keys[column] + ": " + string(value)
      }
      text += index == table.rows.count - 1 ? "}\n" : "},\n"
    }
    return text + "]\n"
  }

  /// A JSON string literal: quotes, backslashes and control characters escaped.
  static func string(_ value: String) -> String {
    var result = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028
          || scalar.value == 0x2029
        {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
