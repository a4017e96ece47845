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
