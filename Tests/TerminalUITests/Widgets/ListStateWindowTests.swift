import TerminalUI
import Testing

@Suite struct ListStateWindowTests {
  @Test func windowHoldsOnlyTheVisibleRowsWithTheSelectionInside() {
    var state = ListState(itemCount: 100)
    state.select(57)
    state.scrollToKeepSelectionVisible(viewHeight: 10)
    let (rows, window) = state.window(viewHeight: 10)
    #expect(rows == 48..<58)
    #expect(window.itemCount == 10)
    #expect(window.selectedIndex == 9)
    #expect(window.offset == 0)
  }

  @Test func windowOfAShortListIsTheWholeList() {
    let (rows, window) = ListState(itemCount: 3, selectedIndex: 1).window(viewHeight: 10)
    #expect(rows == 0..<3)
    #expect(window.selectedIndex == 1)
  }
}
