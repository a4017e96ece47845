/// The selection and scroll position of a ``SelectableList``, kept apart from its rows.
///
/// All operations are pure value updates and keep the state valid: the selection is `nil`
/// exactly when there are no items, and otherwise lies in `0..<itemCount`.
public struct ListState: Hashable, Sendable {
  /// The number of rows in the list.
  public private(set) var itemCount: Int
  /// The index of the selected row, or `nil` when the list is empty.
  public private(set) var selectedIndex: Int?
  /// The index of the first visible row.
  public private(set) var offset: Int

  /// Creates a state for `itemCount` rows with the first row (or `selectedIndex`) selected.
  public init(itemCount: Int, selectedIndex: Int = 0, offset: Int = 0) {
    self.itemCount = max(0, itemCount)
    self.selectedIndex = nil
    self.offset = max(0, offset)
    select(selectedIndex)
  }

  /// Changes the number of rows, keeping the selection in range.
  public mutating func setItemCount(_ count: Int) {
    itemCount = max(0, count)
    select(selectedIndex ?? 0)
    offset = min(offset, max(0, itemCount - 1))
  }

  /// Selects the row at `index`, clamped to the rows present.
  public mutating func select(_ index: Int) {
    selectedIndex = itemCount == 0 ? nil : min(max(0, index), itemCount - 1)
  }

  /// Moves the selection by `delta` rows (negative moves up), stopping at either end.
  public mutating func moveBy(_ delta: Int) {
    select((selectedIndex ?? 0) + delta)
  }

  /// Selects the first row.
  public mutating func first() {
    select(0)
  }

  /// Selects the last row.
  public mutating func last() {
    select(itemCount - 1)
  }

  /// Moves the selection one page up and scrolls by the same amount.
  public mutating func pageUp(viewHeight: Int) {
    let page = max(1, viewHeight - 1)
    moveBy(-page)
    offset = max(0, offset - page)
    scrollToKeepSelectionVisible(viewHeight: viewHeight)
  }

  /// Moves the selection one page down and scrolls by the same amount.
  public mutating func pageDown(viewHeight: Int) {
    let page = max(1, viewHeight - 1)
    moveBy(page)
    offset = min(offset + page, max(0, itemCount - max(1, viewHeight)))
    scrollToKeepSelectionVisible(viewHeight: viewHeight)
  }

  /// Scrolls as little as possible so the selected row is among the `viewHeight` visible rows,
  /// and never past the end of the list.
  public mutating func scrollToKeepSelectionVisible(viewHeight: Int) {
    let height = max(1, viewHeight)
    offset = min(offset, max(0, itemCount - height))
    guard let selectedIndex else {
      offset = 0
      return
    }
    if selectedIndex < offset {
      offset = selectedIndex
    } else if selectedIndex >= offset + height {
      offset = selectedIndex - height + 1
    }
  }

  /// Scrolls so the selection is visible, jumping half a view at a time: when the selection
  /// leaves the view, it is brought to the middle rather than to the edge.
  ///
  /// Terminals redraw every visible row of a list that scrolls, so scrolling half a page at
  /// once, rather than a row per key, cuts what is written for a run of moves.
  public mutating func scrollByHalfPagesToKeepSelectionVisible(viewHeight: Int) {
    let height = max(1, viewHeight)
    offset = min(offset, max(0, itemCount - height))
    guard let selectedIndex else {
      offset = 0
      return
    }
    if selectedIndex < offset || selectedIndex >= offset + height {
      offset = min(max(0, selectedIndex - (height - 1) / 2), max(0, itemCount - height))
    }
  }

  /// The rows on screen for a view, and the state of a list holding only those rows.
  ///
  /// Lets a caller build just the visible rows, so drawing a list costs the same with 100
  /// or 10 000 items.
  public func window(viewHeight: Int) -> (rows: Range<Int>, state: ListState) {
    let scrolled = scrolledToKeepSelectionVisible(viewHeight: viewHeight)
    let first = min(scrolled.offset, itemCount)
    let last = min(itemCount, first + max(0, viewHeight))
    let state = ListState(
      itemCount: last - first, selectedIndex: (scrolled.selectedIndex ?? 0) - first)
    return (first..<last, state)
  }

  /// A copy scrolled so the selection is visible (see ``scrollToKeepSelectionVisible(viewHeight:)``).
  public func scrolledToKeepSelectionVisible(viewHeight: Int) -> ListState {
    var copy = self
    copy.scrollToKeepSelectionVisible(viewHeight: viewHeight)
    return copy
  }

  /// Scrolls by `delta` rows without moving the selection past the visible rows (for the wheel).
  public mutating func scrollBy(_ delta: Int, viewHeight: Int) {
    let height = max(1, viewHeight)
    offset = min(max(0, offset + delta), max(0, itemCount - height))
    if let selectedIndex {
      select(min(max(selectedIndex, offset), offset + height - 1))
    }
  }

  /// The row index shown at `row` rows below the top of a view, if any.
  public func index(atVisibleRow row: Int) -> Int? {
    let index = offset + row
    return row >= 0 && index < itemCount ? index : nil
  }
}
