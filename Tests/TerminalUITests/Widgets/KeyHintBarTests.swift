import TerminalUI
import Testing

@Suite struct KeyHintBarTests {
  let bar = KeyHintBar([
    (key: "q", label: "Quit"), (key: "/", label: "Filter"), (key: "?", label: "Help"),
  ])

  @Test func drawsKeysAndLabels() {
    let buffer = render(bar, width: 26, height: 1)
    #expect(buffer.lines == ["q Quit  / Filter  ? Help  "])
    #expect(buffer[0, 0].style.attributes.contains(.bold))
    #expect(!buffer[2, 0].style.attributes.contains(.bold))
  }

  @Test func truncatesFromTheRight() {
    #expect(render(bar, width: 12, height: 1).lines == ["q Quit  / F…"])
    #expect(render(bar, width: 1, height: 1).lines == ["…"])
  }
}
