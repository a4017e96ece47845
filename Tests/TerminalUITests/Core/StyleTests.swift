import TerminalUI
import Testing

@Suite struct StyleTests {
  @Test func builders() {
    let style = Style.plain.foreground(.cyan).background(.black).bold().reversed()
    #expect(style.foreground == .cyan)
    #expect(style.background == .black)
    #expect(style.attributes == [.bold, .reverse])
    #expect(style.removing(.bold).attributes == [.reverse])
    #expect(Style.plain.dim().italic().underlined().attributes == [.dim, .italic, .underline])
  }

  @Test func patchKeepsUnsetColours() {
    let base = Style.plain.foreground(.red).background(.blue)
    let patched = base.patched(with: Style.plain.foreground(.green).bold())
    #expect(patched == Style(foreground: .green, background: .blue, attributes: .bold))
  }
}
