import TerminalUI
import Testing

@Suite struct SelectableListTests {
  let countries: [Line] = ["Albania", "Algeria", "Japan", "China", "Côte d'Ivoire", "Türkiye"]

  @Test func selectionHasMarkerAndReverse() {
    var state = ListState(itemCount: countries.count)
    state.select(1)
    let buffer = render(SelectableList(items: countries, state: state), width: 12, height: 3)
    #expect(buffer.lines == ["  Albania   ", "▶ Algeria   ", "  Japan     "])
    #expect(buffer[0, 1].style.attributes.contains(.reverse))
    #expect(buffer[11, 1].style.attributes.contains(.reverse))
    #expect(!buffer[2, 0].style.attributes.contains(.reverse))
  }

  @Test func scrollsToSelectionWithHeaderAndScrollbar() {
    var state = ListState(itemCount: countries.count)
    state.select(4)
    let list = SelectableList(
      items: countries, state: state, header: "Name", showsScrollbar: true)
    let buffer = render(list, width: 12, height: 4)
    #expect(
      buffer.lines == [
        "  Name      ",
        "  Japan    │",
        "  China    █",
        "▶ Côte d'Iv│",
      ])
    #expect(buffer[2, 0].style.attributes.contains(.bold))
    #expect(list.index(atY: 1, area: buffer.area) == 2)
    #expect(list.index(atY: 0, area: buffer.area) == nil)
  }

  @Test func emptyText() {
    let list = SelectableList(items: [], emptyText: "No parties")
    #expect(render(list, width: 14, height: 2).lines == ["  No parties  ", "              "])
  }

  @Test func asciiMarker() {
    let list = SelectableList(items: ["a", "b"], selectionMarker: ">")
    #expect(render(list, width: 4, height: 2).lines == ["> a ", "  b "])
  }
}
