import TerminalUI
import Testing

@Suite struct ParagraphTests {
  @Test func wrapsWordsByWidth() {
    let paragraph = Paragraph("The treaty entered into force in 2020")
    #expect(
      render(paragraph, width: 10, height: 4).lines == [
        "The treaty", "entered   ", "into force", "in 2020   ",
      ])
    #expect(paragraph.wrappedLines(width: 10).count == 4)
  }

  @Test func breaksLongWordsAndWideCharacters() {
    #expect(
      Paragraph("abcdefghij k").wrappedLines(width: 4).map(\.plainText) == ["abcd", "efgh", "ij k"])
    #expect(
      Paragraph("日本語のテキスト").wrappedLines(width: 5).map(\.plainText) == ["日本", "語の", "テキ", "スト"])
    #expect(render(Paragraph("日本語"), width: 3, height: 2).lines == ["日 ", "本 "])
  }

  @Test func keepsEmptyLinesAndLeadingIndent() {
    #expect(Paragraph("a\n\n  b").wrappedLines(width: 5).map(\.plainText) == ["a", "", "  b"])
  }

  @Test func alignment() {
    let lines: [Line] = ["ab", "abc"]
    #expect(
      render(Paragraph(lines: lines, alignment: .center), width: 6, height: 2).lines == [
        "  ab  ", " abc  ",
      ])
    #expect(
      render(Paragraph(lines: lines, alignment: .right), width: 6, height: 2).lines == [
        "    ab", "   abc",
      ])
  }

  @Test func scrollOffset() {
    let paragraph = Paragraph("one two three four", scrollOffset: 2)
    #expect(render(paragraph, width: 5, height: 2).lines == ["three", "four "])
  }

  @Test func stylesSurviveWrapping() {
    let line = Line(spans: [Span("bold words", style: Style.plain.bold()), Span(" plain")])
    let wrapped = Paragraph(lines: [line]).wrappedLines(width: 6)
    #expect(wrapped.map(\.plainText) == ["bold", "words", "plain"])
    #expect(wrapped[1].spans == [Span("words", style: Style.plain.bold())])
  }

  @Test func zeroWidthAreaDrawsNothing() {
    #expect(Paragraph("x").wrappedLines(width: 0).isEmpty)
  }
}
