#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A strictly parsed tab-separated table: a header row and data rows, each with its line number.
///
/// Lines starting with `#` before the header are comments. Every row must have exactly as
/// many fields as the header; the file must be valid UTF-8, non-empty and end with a line
/// end. Any violation is a ``DataError`` naming the file and line.
///
/// The file is cut once, into the places where its fields start; a field becomes a `String`
/// only when asked for, so dates, codes and keywords are read from the bytes in place.
public struct TSVTable: Sendable {
  /// One data row: its line number and its fields, read from the table's bytes on demand.
  ///
  /// A row is small (the cut file and three 32-bit numbers): records loaded from a table keep
  /// theirs, to read their texts when asked.
  public struct Row: Sendable {
    fileprivate let cut: CutFile
    /// The 1-based line number, as stored.
    private let storedLine: UInt32
    /// Where the row's field starts begin in ``CutFile/marks``.
    fileprivate let storedFirst: UInt32
    /// How many fields the row has, as stored.
    private let storedCount: UInt32

    /// A row of `cut` (whose lines and marks fit 32 bits: files are under 4 GiB).
    fileprivate init(line: Int, cut: CutFile, first: Int, count: Int) {
      self.cut = cut
      storedLine = UInt32(line)
      storedFirst = UInt32(first)
      storedCount = UInt32(count)
    }

    /// The 1-based line number in the file.
    public var line: Int { Int(storedLine) }
    /// How many fields the row has.
    public var count: Int { Int(storedCount) }
    /// Where the row's field starts begin in ``CutFile/marks``.
    fileprivate var first: Int { Int(storedFirst) }

    /// A field as text.
    public subscript(column: Int) -> String {
      withField(column) { String(decoding: $0, as: UTF8.self) }
    }

    /// The fields, in header order.
    public var fields: [String] { (0..<count).map { self[$0] } }

    /// Whether a field is empty.
    public func isEmpty(_ column: Int) -> Bool {
      end(column) == Int(cut.marks[first + column])
    }

    /// Where a field ends: the line's end for the last field, else just before the tab
    /// that starts the next.
    @inline(__always)
    private func end(_ column: Int) -> Int {
      let next = Int(cut.marks[first + column + 1])
      return column == count - 1 ? next : next - 1
    }

    /// Calls `body` with a field's UTF-8 bytes, in place.
    public func withField<Result>(
      _ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
      let start = Int(cut.marks[first + column])
      return try body(
        UnsafeBufferPointer(start: cut.bytes.start + start, count: end(column) - start))
    }

    /// Whether a field's bytes are exactly `text`'s.
    public func field(_ column: Int, equals text: String) -> Bool {
      withField(column) { $0.elementsEqual(text.utf8) }
    }

    /// Whether `other` is this very row of the same loaded file.
    func isSameRow(as other: Row) -> Bool { cut === other.cut && storedFirst == other.storedFirst }
  }

  /// The data rows of a table, in file order, made on demand from the cut file: no array
  /// of rows is kept (ten thousand of them took as much memory as the fields).
  public struct Rows: RandomAccessCollection, Sendable {
    fileprivate let cut: CutFile
    /// The 0-based line of the first data row.
    fileprivate let firstLine: Int

    /// The first row's index.
    public var startIndex: Int { 0 }
    /// One past the last row's index.
    public var endIndex: Int { cut.lineCount - firstLine }

    /// The row at an index.
    public subscript(index: Int) -> Row { cut.row(firstLine + index) }
  }

  /// The file name used in error messages.
  public let file: String
  /// The header's column names.
  public let header: [String]
  /// The data rows, in file order.
  public let rows: Rows

  /// Parses `bytes` as a table whose header must equal `expectedHeader`.
  public init(bytes: [UInt8], file: String, expectedHeader: [String]) throws(DataError) {
    try self.init(bytes: TableBytes(copying: bytes), file: file, expectedHeader: expectedHeader)
  }

  /// Parses held bytes (a mapped file, say) as a table whose header must equal
  /// `expectedHeader`.
  public init(bytes: TableBytes, file: String, expectedHeader: [String]) throws(DataError) {
    self.file = file
    guard bytes.count > 0 else { throw DataError(file: file, line: nil, problem: .emptyFile) }
    let cut = try CutFile(bytes: bytes, file: file)
    var line = 0
    // The first byte, not the first Character: "#" and a combining mark still open a comment.
    while line < cut.lineCount, cut.firstByte(ofLine: line) == UInt8(ascii: "#") {
      line += 1
    }
    guard line < cut.lineCount else {
      throw DataError(file: file, line: nil, problem: .emptyFile)
    }
    let headerRow = cut.row(line)
    let headerFields = headerRow.fields
    guard headerFields == expectedHeader else {
      throw DataError(
        file: file, line: headerRow.line,
        problem: .unexpectedHeader(expected: expectedHeader, found: headerFields))
    }
    header = headerFields
    for index in (line + 1)..<cut.lineCount {
      let count = cut.fieldCount(ofLine: index)
      if count < headerFields.count {
        throw DataError(
          file: file, line: index + 1,
          problem: .missingColumns(expected: headerFields.count, found: count))
      }
      if count > headerFields.count {
        throw DataError(
          file: file, line: index + 1,
          problem: .extraColumns(expected: headerFields.count, found: count))
      }
    }
    rows = Rows(cut: cut, firstLine: line + 1)
  }

  /// Builds the error for a problem on a row of this table.
  public func error(_ row: Row, _ problem: DataError.Problem) -> DataError {
    DataError(file: file, line: row.line, problem: problem)
  }

  /// A required non-empty field.
  public func required(_ row: Row, _ column: Int) throws(DataError) -> String {
    guard !row.isEmpty(column) else { throw error(row, .emptyField(column: header[column])) }
    return row[column]
  }

  /// An optional date field: empty means nil, anything else must be a real date.
  public func optionalDate(_ row: Row, _ column: Int) throws(DataError) -> CalendarDate? {
    if row.isEmpty(column) { return nil }
    guard let date = row.withField(column, CalendarDate.init(utf8:)) else {
      throw error(row, .badDate(column: header[column], value: row[column]))
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
    // A keyword is a small string: made without allocating, then matched by the enum.
    let found = row.withField(column) { Value(rawValue: String(decoding: $0, as: UTF8.self)) }
    guard let value = found else {
      throw error(
        row,
        .unknownValue(
          column: header[column], value: row[column], allowed: Value.allCases.map(\.rawValue)))
    }
    return value
  }

  /// A field whose value must be one of `keywords` (read from the bytes in place).
  public func value<Value>(
    _ row: Row, _ column: Int, in keywords: KeywordTable<Value>
  ) throws(DataError) -> Value {
    guard let value = row.withField(column, keywords.value(of:)) else {
      throw error(
        row,
        .unknownValue(column: header[column], value: row[column], allowed: keywords.allowed))
    }
    return value
  }

  /// The non-empty items of a field holding a list separated by `separator` (an ASCII
  /// byte), each with surrounding spaces removed.
  ///
  /// Works on the UTF-8 bytes: splitting by `Character` dominated start-up.
  public static func items(of field: String, separatedBy separator: UInt8) -> [String] {
    var field = field
    return field.withUTF8 { items(of: $0, separatedBy: separator) }
  }

  /// The non-empty items of a list field's bytes (see ``items(of:separatedBy:)``).
  public static func items(
    of bytes: UnsafeBufferPointer<UInt8>, separatedBy separator: UInt8
  ) -> [String] {
    var items: [String] = []
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
    return items
  }
}

/// A file cut into lines and fields: where each field starts, and where each line's last
/// field ends (before a trailing CR), over the file's bytes, which are kept.
///
/// Every line is checked to be UTF-8 as it is cut; only lines with a byte over 127 need the
/// check, and the first that fails is named.
final class CutFile: Sendable {
  /// The file's bytes.
  let bytes: TableBytes
  /// For each line, the offsets of its fields' starts, then the offset where its last field
  /// ends.
  let marks: [UInt32]
  /// For each line, where its entries begin in ``marks``; one more at the end.
  let lineMarks: [Int]

  /// How many lines the file has.
  var lineCount: Int { lineMarks.count - 1 }

  /// Cuts `bytes`; the file must end with a line feed and be UTF-8.
  ///
  /// One pass over the bytes, eight at a time: each word yields where its tabs and line
  /// feeds are, and whether it has a byte over 127 (only then is the line checked to be
  /// UTF-8). Finding each tab with its own `memchr` cost twice as much.
  init(bytes: TableBytes, file: String) throws(DataError) {
    guard bytes.count < Int(UInt32.max) else {
      throw DataError(file: file, line: nil, problem: .unreadable(reason: "file too large"))
    }
    var cutter = Cutter(expectedBytes: bytes.count)
    if let failure = cutter.cut(bytes.start, count: bytes.count, file: file) { throw failure }
    self.bytes = bytes
    marks = cutter.marks
    lineMarks = cutter.lineMarks
  }

  /// The state of one pass over a file's bytes (see ``init(bytes:file:)``).
  private struct Cutter {
    /// Field starts and line ends, as ``CutFile/marks``.
    var marks: [UInt32] = []
    /// Where each line's entries begin in ``marks``, as ``CutFile/lineMarks``.
    var lineMarks: [Int] = [0]
    /// The bytes of the current line seen so far, ORed (a high bit: not all ASCII).
    var highBits: UInt64 = 0
    /// Where the current line starts.
    var lineStart = 0

    init(expectedBytes: Int) {
      // A guess that fits typical tables without growing more than once or twice.
      marks.reserveCapacity(expectedBytes / 8 + 16)
      lineMarks.reserveCapacity(expectedBytes / 64 + 16)
    }

    /// Each of the eight bytes of `word` equal to `byte`, as its high bit (exact: no carry
    /// crosses bytes).
    @inline(__always)
    static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
      let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
      let difference = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
      return ~(((difference & low7) &+ low7) | difference) & ~low7
    }

    /// Cuts `count` bytes at `base`; returns the first problem found, if any.
    mutating func cut(_ base: UnsafePointer<UInt8>, count: Int, file: String) -> DataError? {
      marks.append(0)
      var index = 0
      while index + 8 <= count {
        let word = UInt64(
          littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
        var hits = CutFile.Cutter.matches(word, 0x09) | CutFile.Cutter.matches(word, 0x0A)
        // The whole word counts for the line it starts in and, past a line feed, for the next
        // too: a line is at worst checked needlessly, never left unchecked.
        highBits |= word
        while hits != 0 {
          let position = index + hits.trailingZeroBitCount / 8
          hits &= hits - 1
          if base[position] == 0x09 {
            marks.append(UInt32(position + 1))
          } else {
            if let failure = endLine(base, at: position, count: count, file: file) {
              return failure
            }
            highBits = word
          }
        }
        index += 8
      }
      while index < count {
        let byte = base[index]
        highBits |= UInt64(byte)
        if byte == 0x09 {
          marks.append(UInt32(index + 1))
        } else if byte == 0x0A, let failure = endLine(base, at: index, count: count, file: file) {
          return failure
        }
        index += 1
      }
      guard lineStart < count else { return nil }
      // Bytes after the last line feed, even only fields cut off by a tab, are a line cut
      // short.
      let rest = UnsafeBufferPointer(start: base + lineStart, count: count - lineStart)
      if !CutFile.isASCII(rest), String(validating: rest, as: UTF8.self) == nil {
        return DataError(file: file, line: lineMarks.count, problem: .invalidUTF8)
      }
      return DataError(file: file, line: lineMarks.count, problem: .truncatedLastLine)
    }

    /// Ends the line whose line feed is at `position`: checks it is UTF-8 when it has a byte
    /// over 127, records where its last field ends (a CR ending it belongs to no field), and
    /// starts the next.
    mutating func endLine(
      _ base: UnsafePointer<UInt8>, at position: Int, count: Int, file: String
    ) -> DataError? {
      if highBits & 0x8080_8080_8080_8080 != 0 {
        let line = UnsafeBufferPointer(start: base + lineStart, count: position - lineStart)
        if String(validating: line, as: UTF8.self) == nil {
          return DataError(file: file, line: lineMarks.count, problem: .invalidUTF8)
        }
      }
      let fieldStart = Int(marks[marks.count - 1])
      let end = position > fieldStart && base[position - 1] == 0x0D ? position - 1 : position
      marks.append(UInt32(end))
      lineMarks.append(marks.count)
      lineStart = position + 1
      highBits = 0
      if lineStart < count { marks.append(UInt32(lineStart)) }
      return nil
    }
  }

  /// Whether every byte is ASCII, eight at a time.
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    var index = 0
    var highBits: UInt64 = 0
    while index + 8 <= bytes.count {
      highBits |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      index += 8
    }
    while index < bytes.count {
      highBits |= UInt64(base[index])
      index += 1
    }
    return highBits & 0x8080_8080_8080_8080 == 0
  }

  /// The line at a 0-based index, as a row.
  func row(_ line: Int) -> TSVTable.Row {
    TSVTable.Row(line: line + 1, cut: self, first: lineMarks[line], count: fieldCount(ofLine: line))
  }

  /// How many fields the line at a 0-based index has.
  func fieldCount(ofLine line: Int) -> Int { lineMarks[line + 1] - lineMarks[line] - 1 }

  /// The first byte of a line, or nil for an empty line.
  func firstByte(ofLine line: Int) -> UInt8? {
    let start = Int(marks[lineMarks[line]])
    let end = Int(marks[lineMarks[line + 1] - 1])
    return start < end ? bytes.start[start] : nil
  }

}
