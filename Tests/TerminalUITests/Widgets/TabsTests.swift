import TerminalUI
import Testing

@Suite struct TabsTests {
  @Test func selectedTabIsReversed() {
    let tabs = Tabs(["Parties", "Map", "News"], selectedIndex: 1)
    let buffer = render(tabs, width: 24, height: 1)
    #expect(buffer.lines == [" Parties │ Map │ News   "])
    #expect(buffer[10, 0].style.attributes == [.bold, .reverse])
    #expect(buffer[14, 0].style.attributes == [.bold, .reverse])
    #expect(buffer[1, 0].style == .plain)
  }

  @Test func hitTesting() {
    let tabs = Tabs(["Parties", "Map", "News"])
    let area = Rect(x: 0, y: 0, width: 30, height: 1)
    #expect(tabs.index(atX: 3, area: area) == 0)
    #expect(tabs.index(atX: 9, area: area) == nil)
    #expect(tabs.index(atX: 12, area: area) == 1)
    #expect(tabs.index(atX: 17, area: area) == 2)
  }

  @Test func clipsWithEllipsis() {
    #expect(render(Tabs(["Parties", "Map"]), width: 10, height: 1).lines == [" Parties …"])
  }
}
