/// The tab-separated format as `docs/data.md` states it, read the plainest way (split on line
/// feeds, then on tabs), to compare ``TSVTable`` with.
///
/// Every line ends with a line feed (a carriage return before it is dropped); the file is
/// UTF-8; lines starting with `#` before the header are comments; every row has as many
/// fields as the header. Problems are found in that order, the first one reported.
struct ReferenceTable {
  /// The outcome: rows as (line, fields as bytes), or the problem and its line.
  enum Outcome: Equatable {
    /// The data rows after the header.
    case rows([Row])
    /// The first problem, and its line when it has one.
    case problem(Problem, line: Int?)
  }

  /// One data row, fields kept as bytes so the comparison is exact.
  struct Row: Equatable {
    /// The 1-based line number.
    let line: Int
    /// The fields' bytes.
    let fields: [[UInt8]]
  }

  /// The problems the format names.
  enum Problem: Equatable {
    case emptyFile, invalidUTF8, truncatedLastLine, unexpectedHeader, missingColumns
    case extraColumns
  }

  /// Reads `bytes` expecting `header`.
  static func read(_ bytes: [UInt8], header: [String]) -> Outcome {
    if bytes.isEmpty { return .problem(.emptyFile, line: nil) }
    var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    // After the last line feed there is an empty piece, or a line cut short.
    let unterminated = lines.removeLast()
    var fieldsByLine: [[[UInt8]]] = []
    for line in lines {
      var content = line
      if content.last == 0x0D { content.removeLast() }
      fieldsByLine.append(
        content.split(separator: 0x09, omittingEmptySubsequences: false).map(Array.init))
    }
    let cutFields = unterminated.split(separator: 0x09, omittingEmptySubsequences: false)
    for (index, fields) in (fieldsByLine + [cutFields.map(Array.init)]).enumerated()
    where fields.contains(where: { !FuzzInput.isUTF8($0) }) {
      return .problem(.invalidUTF8, line: index + 1)
    }
    if !unterminated.isEmpty { return .problem(.truncatedLastLine, line: lines.count + 1) }
    var position = 0
    while position < fieldsByLine.count, fieldsByLine[position][0].first == UInt8(ascii: "#") {
      position += 1
    }
    guard position < fieldsByLine.count else { return .problem(.emptyFile, line: nil) }
    let found = fieldsByLine[position].map { String(decoding: $0, as: UTF8.self) }
    guard found == header else { return .problem(.unexpectedHeader, line: position + 1) }
    var rows: [Row] = []
    for index in (position + 1)..<fieldsByLine.count {
      let fields = fieldsByLine[index]
      if fields.count < header.count { return .problem(.missingColumns, line: index + 1) }
      if fields.count > header.count { return .problem(.extraColumns, line: index + 1) }
      rows.append(Row(line: index + 1, fields: fields))
    }
    return .rows(rows)
  }
}
