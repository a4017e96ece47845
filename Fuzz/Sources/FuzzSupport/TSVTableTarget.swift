import TreatyModel

/// Reads any input as a two-column table and compares ``TSVTable`` with ``ReferenceTable``:
/// the same rows, field for field and byte for byte, or the same first problem on the same
/// line, with a `file:line: problem` message.
public enum TSVTableTarget {
  /// The file name errors must name.
  static let file = "table.tsv"
  /// The header the table must have.
  static let header = ["key", "value"]

  /// Runs one input.
  public static func run(_ bytes: [UInt8]) {
    let expected = ReferenceTable.read(bytes, header: header)
    let table: TSVTable
    do {
      table = try TSVTable(bytes: bytes, file: file, expectedHeader: header)
    } catch {
      ErrorShape.check(error, file: file, bytes: bytes)
      let found = ReferenceTable.Outcome.problem(problem(of: error), line: error.line)
      FuzzCheck.require(found == expected, "TSVTable threw '\(error)'; expected \(expected)")
      return
    }
    FuzzCheck.require(table.header == header, "the header read is \(table.header)")
    let rows = table.rows.map { row in
      ReferenceTable.Row(line: row.line, fields: row.fields.map { Array($0.utf8) })
    }
    FuzzCheck.require(
      ReferenceTable.Outcome.rows(rows) == expected,
      "TSVTable read \(rows.count) rows; expected \(expected)")
  }

  /// The reference's name for a table error.
  private static func problem(of error: DataError) -> ReferenceTable.Problem {
    switch error.problem {
    case .emptyFile: return .emptyFile
    case .invalidUTF8: return .invalidUTF8
    case .truncatedLastLine: return .truncatedLastLine
    case .unexpectedHeader: return .unexpectedHeader
    case .missingColumns: return .missingColumns
    case .extraColumns: return .extraColumns
    default: FuzzCheck.fail("a table cannot report \(error)")
    }
  }
}
