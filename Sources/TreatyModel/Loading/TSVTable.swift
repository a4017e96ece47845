/// A strictly parsed tab-separated table: a header row and data rows, each with its line number.
///
/// Lines starting with `#` before the header are comments. Every row must have exactly as
/// many fields as the header; the file must be valid UTF-8, non-empty and end with a line
/// end. Any violation is a ``DataError`` naming the file and line.
public struct TSVTable: Sendable {
  /// One data row.
  public struct Row: Sendable {
    /// The 1-based line number in the file.
    public let line: Int
    /// The fields, in header order.
    public let fields: [String]
  }

  /// The file name used in error messages.
  public let file: String
  /// The header's column names.
  public let header: [String]
  /// The data rows, in file order.
  public let rows: [Row]

  /// Parses `bytes` as a table whose header must equal `expectedHeader`.
  public init(bytes: [UInt8], file: String, expectedHeader: [String]) throws(DataError) {
    self.file = file
    guard !bytes.isEmpty else { throw DataError(file: file, line: nil, problem: .emptyFile) }
    // Validate the whole file once; only a file that fails is validated again field by field,
    // to name the line. Lines and fields are cut on the bytes (tab and line feed are ASCII, so
    // UTF-8 sequences are never cut) in one pass over the buffer.
    let isValid = String(validating: bytes, as: UTF8.self) != nil
    let lines = try bytes.withUnsafeBufferPointer {
      buffer throws(DataError) -> [(number: Int, fields: [String])] in
      try TSVTable.lines(of: buffer, validating: !isValid, file: file)
    }
    var position = 0
    // The first byte, not the first Character: "#" and a combining mark still open a comment.
    while position < lines.count, lines[position].fields.first?.utf8.first == UInt8(ascii: "#") {
      position += 1
    }
    guard position < lines.count else {
      throw DataError(file: file, line: nil, problem: .emptyFile)
    }
    let headerFields = lines[position].fields
    guard headerFields == expectedHeader else {
      throw DataError(
        file: file, line: lines[position].number,
        problem: .unexpectedHeader(expected: expectedHeader, found: headerFields))
    }
    header = headerFields
    var rows: [Row] = []
    rows.reserveCapacity(lines.count - position)
    for (number, fields) in lines[(position + 1)...] {
      if fields.count < headerFields.count {
        throw DataError(
          file: file, line: number,
          problem: .missingColumns(expected: headerFields.count, found: fields.count))
      }
      if fields.count > headerFields.count {
        throw DataError(
          file: file, line: number,
          problem: .extraColumns(expected: headerFields.count, found: fields.count))
      }
      rows.append(Row(line: number, fields: fields))
    }
    self.rows = rows
  }

  /// Builds the error for a problem on a row of this table.
  public func error(_ row: Row, _ problem: DataError.Problem) -> DataError {
    DataError(file: file, line: row.line, problem: problem)
  }

  /// A required non-empty field.
  public func required(_ row: Row, _ column: Int) throws(DataError) -> String {
    let value = row.fields[column]
    guard !value.isEmpty else { throw error(row, .emptyField(column: header[column])) }
    return value
  }

  /// An optional date field: empty means nil, anything else must be a real date.
  public func optionalDate(_ row: Row, _ column: Int) throws(DataError) -> CalendarDate? {
    let value = row.fields[column]
    if value.isEmpty { return nil }
    guard let date = CalendarDate(value) else {
      throw error(row, .badDate(column: header[column], value: value))
    }
    return date
  }

  /// A required date field.
  public func date(_ row: Row, _ column: Int) throws(DataError) -> CalendarDate {
    guard let date = try optionalDate(row, column) else {
      throw error(row, .emptyField(column: header[column]))
    }
    return date
  }

  /// A field whose value must be the raw value of `Value`.
  public func value<Value: RawRepresentable & CaseIterable>(
    _ row: Row, _ column: Int, as type: Value.Type
  ) throws(DataError) -> Value where Value.RawValue == String {
    let text = row.fields[column]
    guard let value = Value(rawValue: text) else {
      throw error(
        row,
        .unknownValue(
          column: header[column], value: text, allowed: Value.allCases.map(\.rawValue)))
    }
    return value
  }

  /// The non-empty items of a field holding a list separated by `separator` (an ASCII
  /// byte), each with surrounding spaces removed.
  ///
  /// Works on the UTF-8 bytes: splitting by `Character` dominated start-up.
  public static func items(of field: String, separatedBy separator: UInt8) -> [String] {
    var items: [String] = []
    var field = field
    field.withUTF8 { bytes in
      var start = 0
      var index = 0
      while index <= bytes.count {
        if index == bytes.count || bytes[index] == separator {
          var first = start
          var end = index
          while first < end, bytes[first] == UInt8(ascii: " ") { first += 1 }
          while end > first, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
          if first < end {
            items.append(
              String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<end]), as: UTF8.self))
          }
          start = index + 1
        }
        index += 1
      }
    }
    return items
  }

  /// The lines of a file, each split into tab-separated fields (a trailing CR is dropped);
  /// fields are checked to be UTF-8 when `validating`.
  private static func lines(
    of bytes: UnsafeBufferPointer<UInt8>, validating: Bool, file: String
  ) throws(DataError) -> [(number: Int, fields: [String])] {
    var lines: [(number: Int, fields: [String])] = []
    var fields: [String] = []
    var lineNumber = 1
    var fieldStart = 0
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte == 0x09 || byte == 0x0A {
        var end = index
        if byte == 0x0A, end > fieldStart, bytes[end - 1] == 0x0D { end -= 1 }
        let slice = UnsafeBufferPointer(rebasing: bytes[fieldStart..<end])
        if validating {
          guard let field = String(validating: slice, as: UTF8.self) else {
            throw DataError(file: file, line: lineNumber, problem: .invalidUTF8)
          }
          fields.append(field)
        } else {
          fields.append(String(decoding: slice, as: UTF8.self))
        }
        fieldStart = index + 1
        if byte == 0x0A {
          lines.append((lineNumber, fields))
          fields.removeAll(keepingCapacity: true)
          lineNumber += 1
        }
      }
      index += 1
    }
    // Bytes after the last line feed, even only fields cut off by a tab, are a line cut short.
    if fieldStart < count || !fields.isEmpty {
      if validating,
        String(validating: UnsafeBufferPointer(rebasing: bytes[fieldStart...]), as: UTF8.self)
          == nil
      {
        throw DataError(file: file, line: lineNumber, problem: .invalidUTF8)
      }
      throw DataError(file: file, line: lineNumber, problem: .truncatedLastLine)
    }
    return lines
  }
}
