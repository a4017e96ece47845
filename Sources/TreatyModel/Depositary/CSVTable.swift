/// A strictly read comma-separated table (RFC 4180): a header record, then data records, each
/// with the line it starts on.
///
/// Fields are separated by commas and records by line feeds (a carriage return before one is
/// dropped). A field in double quotes may hold commas, line breaks and doubled quotes (`""`
/// for one). A UTF-8 byte order mark before the header is skipped, blank lines are skipped,
/// and the last record may end without a line break, as spreadsheets write them. Anything
/// else is a ``DataError`` naming the file and line: a quote inside an unquoted field, text
/// after a closing quote, a quoted field never closed, bytes that are not UTF-8, or a record
/// with more or fewer fields than the header.
public struct CSVTable: Hashable, Sendable {
  /// One data record and the line it starts on.
  public struct Record: Hashable, Sendable {
    /// The 1-based line the record starts on.
    public let line: Int
    /// The fields, in header order.
    public let fields: [String]
  }

  /// The largest table read: far more than any treaty's table of members.
  public static let maximumBytes = 16 * 1024 * 1024

  /// The file name used in error messages.
  public let file: String
  /// The header's column names.
  public let header: [String]
  /// The line the header is on.
  public let headerLine: Int
  /// The data records, in file order.
  public let records: [Record]

  /// Parses `bytes`, naming `file` in errors.
  public init(bytes: [UInt8], file: String) throws(DataError) {
    guard bytes.count <= CSVTable.maximumBytes else {
      throw DataError(
        file: file, line: nil,
        problem: .unreadable(reason: "larger than \(CSVTable.maximumBytes / 1024 / 1024) MiB"))
    }
    var reader = Reader(bytes: bytes, file: file)
    var all: [Record] = []
    while let record = try reader.nextRecord() { all.append(record) }
    guard let first = all.first else { throw DataError(file: file, line: nil, problem: .emptyFile) }
    self.file = file
    header = first.fields
    headerLine = first.line
    for record in all.dropFirst() where record.fields.count != first.fields.count {
      throw DataError(
        file: file, line: record.line,
        problem: record.fields.count < first.fields.count
          ? .missingColumns(expected: first.fields.count, found: record.fields.count)
          : .extraColumns(expected: first.fields.count, found: record.fields.count))
    }
    records = Array(all.dropFirst())
  }

  /// Builds the error for a problem on a record of this table.
  public func error(_ record: Record, _ problem: DataError.Problem) -> DataError {
    DataError(file: file, line: record.line, problem: problem)
  }

  /// Walks the bytes one record at a time, counting lines.
  private struct Reader {
    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    let bytes: [UInt8]
    let file: String
    var index = 0
    var line = 1

    init(bytes: [UInt8], file: String) {
      self.bytes = bytes
      self.file = file
      if bytes.starts(with: Reader.byteOrderMark) { index = Reader.byteOrderMark.count }
    }

    /// The next record that is not a blank line, or nil at the end.
    mutating func nextRecord() throws(DataError) -> Record? {
      while index < bytes.count {
        let start = line
        var fields: [String] = []
        var quotedAny = false
        while true {
          let (field, quoted) = try nextField()
          fields.append(field)
          quotedAny = quotedAny || quoted
          if index < bytes.count, bytes[index] == Reader.comma {
            index += 1
            continue
          }
          if atLineEnd() { skipLineEnd() }
          break
        }
        if fields.count == 1, fields[0].isEmpty, !quotedAny { continue }
        return Record(line: start, fields: fields)
      }
      return nil
    }

    /// Whether the bytes at the index end a line (`\n` or `\r\n`).
    private func atLineEnd() -> Bool {
      guard index < bytes.count else { return false }
      if bytes[index] == Reader.lineFeed { return true }
      return bytes[index] == Reader.carriageReturn && index + 1 < bytes.count
        && bytes[index + 1] == Reader.lineFeed
    }

    private mutating func skipLineEnd() {
      index += bytes[index] == Reader.carriageReturn ? 2 : 1
      line += 1
    }

    /// One field, up to (not including) the comma or line end after it.
    private mutating func nextField() throws(DataError) -> (String, quoted: Bool) {
      var field: [UInt8] = []
      let fieldLine = line
      if index < bytes.count, bytes[index] == Reader.quote {
        let opened = line
        index += 1
        while true {
          guard index < bytes.count else {
            throw failure(
              at: opened, "a quoted field opens on this line and is never closed (a missing '\"')"
            )
          }
          let byte = bytes[index]
          if byte == Reader.quote {
            if index + 1 < bytes.count, bytes[index + 1] == Reader.quote {
              field.append(Reader.quote)
              index += 2
              continue
            }
            index += 1
            break
          }
          if byte == Reader.lineFeed { line += 1 }
          field.append(byte)
          index += 1
        }
        if index < bytes.count, bytes[index] != Reader.comma, !atLineEnd() {
          throw failure(
            at: line, "text after a closing quote (a quote inside a field is written '\"\"')")
        }
        return (try text(field, line: fieldLine), true)
      }
      while index < bytes.count, bytes[index] != Reader.comma, !atLineEnd() {
        let byte = bytes[index]
        if byte == Reader.quote {
          throw failure(
            at: line,
            "a quote inside an unquoted field (quote the whole field and double the quote)"
          )
        }
        if byte == Reader.carriageReturn {
          throw failure(at: line, "a carriage return without a line feed inside a field")
        }
        field.append(byte)
        index += 1
      }
      return (try text(field, line: fieldLine), false)
    }

    private func text(_ field: [UInt8], line: Int) throws(DataError) -> String {
      guard let text = String(validating: field, as: UTF8.self) else {
        throw DataError(file: file, line: line, problem: .invalidUTF8)
      }
      return text
    }

    private func failure(at line: Int, _ problem: String) -> DataError {
      DataError(file: file, line: line, problem: .inconsistent(problem))
    }
  }
}
