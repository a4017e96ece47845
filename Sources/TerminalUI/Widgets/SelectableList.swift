/// A scrolling list of rows with one selected row.
///
/// The selection is visible without colour: the selected row starts with ``selectionMarker``
/// and is drawn in ``selectedStyle`` (reverse video by default). An optional header row stays
/// on top, and an optional scrollbar takes the rightmost column when the rows do not fit:
///
/// ```
/// Name        █
/// ▶ Albania   █
///   Algeria   │
/// ```
///
/// The selection and scroll position live in a separate ``ListState``; rendering scrolls a
/// copy of it so the selected row is always shown.
public struct SelectableList: Widget, Hashable, Sendable {
  /// The rows.
  public var items: [Line]
  /// The selection and scroll position.
  public var state: ListState
  /// A row drawn above the items that does not scroll.
  public var header: Line?
  /// Whether to draw a scrollbar in the rightmost column when the rows do not fit.
  public var showsScrollbar: Bool
  /// The glyph drawn before the selected row (`▶`; use `>` for ASCII terminals).
  public var selectionMarker: String
  /// The style laid over the whole selected row.
  public var selectedStyle: Style
  /// The style laid over the header row.
  public var headerStyle: Style
  /// Text shown (dimmed) when there are no rows.
  public var emptyText: String?
  /// The glyph of the scrollbar track.
  public var scrollbarTrack = "│"
  /// The glyph of the scrollbar thumb.
  public var scrollbarThumb = "█"

  /// Creates a list; the state defaults to the first row selected.
  public init(
    items: [Line], state: ListState? = nil, header: Line? = nil, showsScrollbar: Bool = false,
    selectionMarker: String = "▶", selectedStyle: Style = Style.plain.reversed(),
    headerStyle: Style = Style.plain.bold(), emptyText: String? = nil
  ) {
    self.items = items
    self.state = state ?? ListState(itemCount: items.count)
    self.header = header
    self.showsScrollbar = showsScrollbar
    self.selectionMarker = selectionMarker
    self.selectedStyle = selectedStyle
    self.headerStyle = headerStyle
    self.emptyText = emptyText
  }

  /// The number of item rows visible in `area` (the area minus the header row).
  public func viewHeight(for area: Rect) -> Int {
    max(0, area.height - (header == nil ? 0 : 1))
  }

  /// The item index drawn at screen row `y` inside `area`, for mouse clicks.
  public func index(atY y: Int, area: Rect) -> Int? {
    let top = area.y + (header == nil ? 0 : 1)
    guard y >= top, y < area.maxY else { return nil }
    let visible = state.scrolledToKeepSelectionVisible(viewHeight: viewHeight(for: area))
    return visible.index(atVisibleRow: y - top)
  }

  /// Draws the header, the visible rows, the selection and the scrollbar.
  public func render(into buffer: inout Buffer, area: Rect) {
    let area = area.intersection(buffer.area)
    guard !area.isEmpty else { return }
    let rows = viewHeight(for: area)
    let scrolls = showsScrollbar && items.count > rows && rows > 0
    let contentWidth = area.width - (scrolls ? 1 : 0)
    let markerWidth = DisplayWidth.of(selectionMarker) + 1
    var top = area.y
    if let header {
      buffer.write(Line(String(repeating: " ", count: markerWidth)), x: area.x, y: top)
      buffer.write(
        header.patchingStyle(headerStyle), x: area.x + markerWidth, y: top,
        maxWidth: max(0, area.width - markerWidth))
      top += 1
    }
    if items.isEmpty, let emptyText, rows > 0 {
      buffer.write(
        emptyText, x: area.x + markerWidth, y: top, maxWidth: max(0, contentWidth - markerWidth),
        style: Style.plain.dim())
      return
    }
    let visible = state.scrolledToKeepSelectionVisible(viewHeight: rows)
    for row in 0..<rows {
      guard let index = visible.index(atVisibleRow: row), index < items.count else { break }
      let y = top + row
      let isSelected = index == visible.selectedIndex
      let marker = isSelected ? selectionMarker + " " : String(repeating: " ", count: markerWidth)
      buffer.write(marker, x: area.x, y: y, maxWidth: contentWidth)
      let used = buffer.write(
        items[index], x: area.x + markerWidth, y: y, maxWidth: max(0, contentWidth - markerWidth))
      if isSelected {
        let rowRect = Rect(x: area.x, y: y, width: max(0, contentWidth), height: 1)
        let padStart = area.x + markerWidth + used
        if padStart < rowRect.maxX {
          buffer.write(
            String(repeating: " ", count: rowRect.maxX - padStart), x: padStart, y: y)
        }
        buffer.patchStyle(selectedStyle, in: rowRect)
      }
    }
    if scrolls {
      let column = area.maxX - 1
      let thumbSize = max(1, rows * rows / items.count)
      let maxOffset = max(1, items.count - rows)
      let thumbStart = (rows - thumbSize) * min(visible.offset, maxOffset) / maxOffset
      for row in 0..<rows {
        let isThumb = row >= thumbStart && row < thumbStart + thumbSize
        buffer[column, top + row] = Cell(symbol: isThumb ? scrollbarThumb : scrollbarTrack)
      }
    }
  }
}
