import TerminalUI
import Testing

@Suite struct BufferTests {
  @Test func startsBlank() {
    let buffer = Buffer(width: 3, height: 2)
    #expect(buffer.lines == ["   ", "   "])
    #expect(buffer.area == Rect(x: 0, y: 0, width: 3, height: 2))
    #expect(buffer[0, 0] == .blank)
  }

  @Test func outOfRangeAccessIsHarmless() {
    var buffer = Buffer(width: 2, height: 1)
    buffer[5, 0] = Cell(symbol: "x")
    buffer[-1, 0] = Cell(symbol: "x")
    #expect(buffer[9, 9] == .blank)
    #expect(buffer.lines == ["  "])
    #expect(Buffer(width: -1, height: 3).lines == ["", "", ""])
  }

  @Test func writeClipsAndReportsColumns() {
    var buffer = Buffer(width: 6, height: 2)
    let result1 = buffer.write("Hello world", x: 1, y: 0)
    #expect(result1 == 5)
    let result2 = buffer.write("abcdef", x: 0, y: 1, maxWidth: 3)
    #expect(result2 == 3)
    let result3 = buffer.write("zz", x: 0, y: 5)
    #expect(result3 == 0)
    #expect(buffer.lines == [" Hello", "abc   "])
  }

  @Test func writeWithNegativeStartShowsTheVisiblePart() {
    var buffer = Buffer(width: 4, height: 1)
    buffer.write("abcdef", x: -2, y: 0)
    #expect(buffer.lines == ["cdef"])
  }

  @Test func wideCharactersOccupyTwoCells() {
    var buffer = Buffer(width: 6, height: 1)
    let result4 = buffer.write("日本a", x: 0, y: 0)
    #expect(result4 == 5)
    #expect(buffer.lines == ["日本a "])
    #expect(buffer[0, 0].symbol == "日")
    #expect(buffer[1, 0].isContinuation)
  }

  @Test func wideCharacterIsNeverSplit() {
    var buffer = Buffer(width: 5, height: 2)
    let result5 = buffer.write("ab日本", x: 0, y: 0, maxWidth: 5)
    #expect(result5 == 5)
    buffer.write("日本", x: 0, y: 1, maxWidth: 3)
    #expect(buffer.lines == ["ab日 ", "日   "])
    var edge = Buffer(width: 3, height: 1)
    edge.write("a日", x: 1, y: 0)
    #expect(edge.lines == [" a "])
  }

  @Test func overwritingHalfOfAWideCharacterLeavesASpace() {
    var buffer = Buffer(width: 4, height: 1)
    buffer.write("日本", x: 0, y: 0)
    buffer.write("x", x: 1, y: 0)
    #expect(buffer.lines == [" x本"])
    buffer.write("y", x: 2, y: 0)
    #expect(buffer.lines == [" xy "])
  }

  @Test func asciiRunRepairsTheWideCharactersItCutsAtBothEnds() {
    var buffer = Buffer(width: 6, height: 1)
    buffer.write("日本語", x: 0, y: 0)
    buffer.write("ab", x: 1, y: 0)
    #expect(buffer.lines == [" ab 語"])
    buffer.write("日本語", x: 0, y: 0)
    buffer.write("abc", x: 1, y: 0)
    #expect(buffer.lines == [" abc語"])
    #expect(buffer.write("xyz", x: -1, y: 0, maxWidth: 3) == 3)
    #expect(buffer.lines == ["yzbc語"])
  }

  @Test func symbolsAreWrittenOnePerCellWithTheirWidths() {
    var buffer = Buffer(width: 8, height: 1)
    #expect(buffer.write("╭─◽·é┃", x: 0, y: 0) == 7)
    #expect(buffer.lines == ["╭─◽·é┃ "])
    #expect(buffer[2, 0].symbol == "◽")
    #expect(buffer[3, 0].isContinuation)
    // A variation selector joins its base: written as one character, not two.
    var joined = Buffer(width: 4, height: 1)
    #expect(joined.write("─☺\u{FE0F}", x: 0, y: 0) == 3)
    #expect(joined[1, 0].symbol == "☺\u{FE0F}")
  }

  @Test func graphemeClustersStayTogether() {
    var buffer = Buffer(width: 8, height: 1)
    let decomposed = "Co\u{0302}te"
    let result6 = buffer.write(decomposed, x: 0, y: 0)
    #expect(result6 == 4)
    #expect(buffer[1, 0].symbol == "o\u{0302}")
    let result7 = buffer.write("👍🏽!", x: 4, y: 0)
    #expect(result7 == 3)
    #expect(buffer.lines == ["Côte👍🏽! "])
  }

  @Test func controlCharactersNeverReachTheBuffer() {
    var buffer = Buffer(width: 10, height: 1)
    buffer.write("a\u{1B}[31mb\r\tc\u{7F}", x: 0, y: 0)
    #expect(buffer.lines == ["a[31mb c  "])
  }

  @Test func styledLineWrite() {
    var buffer = Buffer(width: 8, height: 1)
    let line = Line(spans: [Span("ab", style: Style.plain.bold()), Span("cdefgh")])
    let result8 = buffer.write(line, x: 1, y: 0, maxWidth: 4)
    #expect(result8 == 4)
    #expect(buffer.lines == [" abcd   "])
    #expect(buffer[1, 0].style == Style.plain.bold())
    #expect(buffer[3, 0].style == .plain)
  }

  @Test func fillAndSetStyle() {
    var buffer = Buffer(width: 4, height: 3)
    buffer.fill(Rect(x: 1, y: 1, width: 10, height: 1), with: Cell(symbol: "#"))
    buffer.setStyle(Style.plain.reversed(), in: Rect(x: 0, y: 0, width: 2, height: 2))
    #expect(buffer.lines == ["    ", " ###", "    "])
    #expect(buffer[1, 1].style.attributes == .reverse)
    #expect(buffer[2, 1].style == .plain)
    #expect(buffer[1, 1].symbol == "#")
  }

  @Test func updatesListOnlyChangedCells() {
    var first = Buffer(width: 4, height: 2)
    first.write("ab", x: 0, y: 0)
    var second = first
    second.write("X", x: 1, y: 1)
    second.write("日", x: 2, y: 0)
    let updates = second.updates(since: first)
    #expect(updates.map { "\($0.x),\($0.y)=\($0.cell.symbol)" } == ["2,0=日", "1,1=X"])
    #expect(first.updates(since: nil).count == 8)
    #expect(first.updates(since: Buffer(width: 3, height: 2)).count == 8)
    #expect(first.updates(since: first).isEmpty)
  }
}
