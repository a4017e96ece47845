/// A one-row strip of tab titles with one selected tab.
///
/// Each title is padded by a space on both sides and tabs are separated by ``divider``. The
/// selected tab is drawn in ``selectedStyle`` (bold reverse by default), visible without
/// colour:
///
/// ```
///  Parties │ Map │ News
/// ```
public struct Tabs: Widget, Hashable, Sendable {
  /// The tab titles, left to right.
  public var titles: [Line]
  /// The index of the selected tab.
  public var selectedIndex: Int
  /// The style of the unselected titles.
  public var style: Style
  /// The style laid over the selected title.
  public var selectedStyle: Style
  /// The text between two tabs.
  public var divider: String

  /// Creates a tab strip.
  public init(
    titles: [Line], selectedIndex: Int = 0, style: Style = .plain,
    selectedStyle: Style = Style.plain.bold().reversed(), divider: String = "│"
  ) {
    self.titles = titles
    self.selectedIndex = selectedIndex
    self.style = style
    self.selectedStyle = selectedStyle
    self.divider = divider
  }

  /// Creates a tab strip from plain titles.
  public init(_ titles: [String], selectedIndex: Int = 0) {
    self.init(titles: titles.map { Line($0) }, selectedIndex: selectedIndex)
  }

  /// The columns each tab occupies when drawn at `x`, for mouse hit-testing.
  public func tabRanges(startingAt x: Int) -> [Range<Int>] {
    var column = x
    var ranges: [Range<Int>] = []
    let dividerWidth = DisplayWidth.of(divider)
    for title in titles {
      let width = title.width + 2
      ranges.append(column..<(column + width))
      column += width + dividerWidth
    }
    return ranges
  }

  /// The index of the tab drawn at column `x` when the strip is drawn in `area`.
  public func index(atX x: Int, area: Rect) -> Int? {
    tabRanges(startingAt: area.x).firstIndex { $0.contains(x) && x < area.maxX }
  }

  /// Draws the strip on the first row of `area`, clipped at its right edge.
  public func render(into buffer: inout Buffer, area: Rect) {
    let area = area.intersection(buffer.area)
    guard !area.isEmpty else { return }
    var spans: [Span] = []
    for (index, title) in titles.enumerated() {
      if index > 0 { spans.append(Span(divider, style: style)) }
      let tabStyle = index == selectedIndex ? style.patched(with: selectedStyle) : style
      var padded = [Span(" ", style: tabStyle)]
      padded.append(contentsOf: title.patchingStyle(tabStyle).spans)
      padded.append(Span(" ", style: tabStyle))
      spans.append(contentsOf: padded)
    }
    buffer.write(
      Line(spans: spans).truncated(toWidth: area.width), x: area.x, y: area.y,
      maxWidth: area.width)
  }
}
