import TerminalUI
import Testing

@Suite struct ListStateTests {
  @Test func emptyListHasNoSelection() {
    var state = ListState(itemCount: 0)
    #expect(state.selectedIndex == nil)
    state.moveBy(3)
    state.last()
    #expect(state.selectedIndex == nil)
  }

  @Test func movesAreClamped() {
    var state = ListState(itemCount: 5)
    state.moveBy(-1)
    #expect(state.selectedIndex == 0)
    state.moveBy(10)
    #expect(state.selectedIndex == 4)
    state.first()
    #expect(state.selectedIndex == 0)
    state.select(2)
    #expect(state.selectedIndex == 2)
  }

  @Test func scrollKeepsSelectionVisible() {
    var state = ListState(itemCount: 20)
    state.select(7)
    state.scrollToKeepSelectionVisible(viewHeight: 5)
    #expect(state.offset == 3)
    state.select(1)
    state.scrollToKeepSelectionVisible(viewHeight: 5)
    #expect(state.offset == 1)
  }

  @Test func paging() {
    var state = ListState(itemCount: 20)
    state.pageDown(viewHeight: 5)
    #expect(state.selectedIndex == 4)
    #expect(state.offset == 4)
    state.pageDown(viewHeight: 5)
    state.pageDown(viewHeight: 5)
    state.pageDown(viewHeight: 5)
    state.pageDown(viewHeight: 5)
    #expect(state.selectedIndex == 19)
    #expect(state.offset == 15)
    state.pageUp(viewHeight: 5)
    #expect(state.selectedIndex == 15)
    #expect(state.offset == 11)
  }

  @Test func shrinkingTheListClampsSelection() {
    var state = ListState(itemCount: 10, selectedIndex: 9)
    state.setItemCount(3)
    #expect(state.selectedIndex == 2)
    state.setItemCount(0)
    #expect(state.selectedIndex == nil)
  }

  @Test func wheelScrollDragsSelection() {
    var state = ListState(itemCount: 20)
    state.scrollBy(3, viewHeight: 5)
    #expect(state.offset == 3)
    #expect(state.selectedIndex == 3)
  }
}
