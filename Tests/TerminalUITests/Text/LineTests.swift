import TerminalUI
import Testing

@Suite struct LineTests {
  @Test func widthAndText() {
    let line = Line(spans: [Span("日本", style: Style.plain.bold()), Span(" ok")])
    #expect(line.width == 7)
    #expect(line.plainText == "日本 ok")
    #expect(Line("abc").spans == [Span("abc")])
  }

  @Test func truncation() {
    #expect(Line("Hello world").truncated(toWidth: 6).plainText == "Hello…")
    #expect(Line("Hello").truncated(toWidth: 5).plainText == "Hello")
    #expect(Line("日本語").truncated(toWidth: 4).plainText == "日…")
    #expect(Line("abc").truncated(toWidth: 0).plainText == "")
    #expect("Parties".truncated(toWidth: 4) == "Par…")
    let styled = Line(spans: [Span("ab", style: Style.plain.bold()), Span("cdef")])
      .truncated(toWidth: 3)
    #expect(
      styled.spans == [Span("ab", style: Style.plain.bold()), Span("…", style: Style.plain.bold())])
  }
}
