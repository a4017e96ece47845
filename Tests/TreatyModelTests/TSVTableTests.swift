import Testing
import TreatyModel

/// The strict table reader on inputs too small to need a copy of the shipped data.
@Suite struct TSVTableTests {
  private func table(_ text: String) throws(DataError) -> TSVTable {
    try TSVTable(bytes: Array(text.utf8), file: "t.tsv", expectedHeader: ["key", "value"])
  }

  @Test func readsRowsWithTheirLineNumbers() throws {
    let table = try table("# comment\nkey\tvalue\r\na\t1\r\n\t\n")
    #expect(table.rows.map(\.line) == [3, 4])
    #expect(table.rows.map(\.fields) == [["a", "1"], ["", ""]])
  }

  @Test func aCommentIsALineWhoseFirstByteIsAHash() throws {
    // "#" then a combining mark is one Character, which does not equal "#".
    let table = try table("#\u{35D}note\nkey\tvalue\na\t1\n")
    #expect(table.rows.map(\.line) == [3])
  }

  @Test(
    "a last line cut short is refused, even when it was cut just after a tab",
    arguments: ["key\tvalue\nname\tBT", "key\tvalue\nname\t", "key\tvalue\nname\tBTAP\t"])
  func lastLineCutShort(text: String) {
    #expect(throws: DataError(file: "t.tsv", line: 2, problem: .truncatedLastLine)) {
      try table(text)
    }
  }
}

/// The one-pass cutter against a plain reading of the same bytes: lines split at line feeds,
/// fields at tabs, a CR before the line feed dropped, every line UTF-8.
@Suite struct TSVCuttingTests {
  /// What a table of `text` should hold, read the plain way: each data row's line number and
  /// fields, or the line of the first problem.
  private func expected(_ bytes: [UInt8]) -> Result<[(line: Int, fields: [String])], DataError> {
    var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    let endsWithLineFeed = bytes.last == 0x0A
    if endsWithLineFeed { lines.removeLast() }
    for (index, line) in lines.enumerated() where String(validating: line, as: UTF8.self) == nil {
      return .failure(DataError(file: "t.tsv", line: index + 1, problem: .invalidUTF8))
    }
    if !endsWithLineFeed {
      return .failure(DataError(file: "t.tsv", line: lines.count, problem: .truncatedLastLine))
    }
    var rows: [(line: Int, fields: [String])] = []
    for (index, line) in lines.enumerated() {
      var fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map(Array.init)
      if fields[fields.count - 1].last == 0x0D { fields[fields.count - 1].removeLast() }
      rows.append((index + 1, fields.map { String(decoding: $0, as: UTF8.self) }))
    }
    // The first line is the header; rows must have its two columns.
    guard let header = rows.first, header.fields == ["k", "v"] else { return .success([]) }
    for row in rows.dropFirst() where row.fields.count != 2 {
      let problem: DataError.Problem =
        row.fields.count < 2
        ? .missingColumns(expected: 2, found: row.fields.count)
        : .extraColumns(expected: 2, found: row.fields.count)
      return .failure(DataError(file: "t.tsv", line: row.line, problem: problem))
    }
    return .success(Array(rows.dropFirst()))
  }

  @Test("random bytes of tabs, line feeds, CRs, letters and UTF-8 are cut as a plain split would")
  func agreesWithAPlainSplit() throws {
    // Pieces that straddle the cutter's eight-byte words in every way.
    let pieces: [[UInt8]] = [
      [0x09], [0x0A], [0x0D], Array("k\tv\n".utf8), Array("ab".utf8), Array("abcdefg".utf8),
      Array("é".utf8), Array("€".utf8), [0xC3], [0xFF], [0x80], Array("\r\n".utf8),
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<3000 {
      var bytes = Array("k\tv\n".utf8)
      for _ in 0..<Int.random(in: 0...24, using: &generator) {
        bytes += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
      }
      if Bool.random(using: &generator) { bytes.append(0x0A) }
      let plain = expected(bytes)
      do {
        let table = try TSVTable(bytes: bytes, file: "t.tsv", expectedHeader: ["k", "v"])
        guard case .success(let rows) = plain else {
          Issue.record("accepted \(bytes), expected \(plain)")
          continue
        }
        #expect(table.rows.map(\.line) == rows.map(\.line), "\(bytes)")
        #expect(table.rows.map(\.fields) == rows.map(\.fields), "\(bytes)")
      } catch {
        #expect(plain.failureValue == error, "\(bytes)")
      }
    }
  }
}

extension Result {
  /// The error, for a failure.
  fileprivate var failureValue: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}
