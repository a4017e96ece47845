import TerminalUI

/// Where each part of the dashboard goes for a state: one value, computed once per frame,
/// that the view draws into and the reducer hit-tests and pages with, so the two cannot
/// disagree.
public struct DashboardLayout: Hashable, Sendable {
  /// The progress header.
  public var header: Rect
  /// The tab strip's row (only when one pane is shown at a time).
  public var tabStrip: Rect?
  /// Each tab's place on the strip, in pane order (empty without a strip).
  public var tabs: [TabPlacement]
  /// Each visible pane's frame.
  public var panes: [Pane: Rect]
  /// The Parties pane's parts, when it is visible.
  public var parties: PartiesGeometry?
  /// The status line.
  public var status: Rect
  /// The key-hint bar.
  public var hints: Rect

  /// The header's height in rows.
  public static let headerHeight = 3
  /// The columns between two tabs (a bar with a space on each side).
  public static let tabDividerWidth = 3

  /// The tab strip's widget, with `divider` (``tabDividerWidth`` columns) between the tabs:
  /// the layout places the tabs with it and the view draws it.
  public static func tabs(selecting focus: Pane, divider: String) -> Tabs {
    Tabs(
      titles: Pane.allCases.map { Line("\($0.number) \($0.title)") },
      selectedIndex: focus.rawValue, divider: divider)
  }

  /// One tab on the strip.
  public struct TabPlacement: Hashable, Sendable {
    /// The pane it focuses.
    public var pane: Pane
    /// The columns it covers, padding included.
    public var columns: Range<Int>
  }

  /// Lays out a state's screen.
  public init(_ state: AppState) {
    let screen = Rect(x: 0, y: 0, width: state.size.width, height: state.size.height)
    let rows = Layout.vertical([
      .length(DashboardLayout.headerHeight), .fill(1), .length(1), .length(1),
    ]).split(screen)
    header = rows[0]
    status = rows[2]
    hints = rows[3]
    var body = rows[1]
    panes = [:]
    tabs = []
    tabStrip = nil
    if state.showsGrid {
      let columns = Layout.horizontal([.percentage(50), .fill(1)]).split(body)
      let left = Layout.vertical([.percentage(45), .fill(1)]).split(columns[0])
      let right = Layout.vertical([.percentage(62), .fill(1)]).split(columns[1])
      panes[.overview] = left[0]
      panes[.rights] = left[1]
      panes[.parties] = right[0]
      panes[.news] = right[1]
    } else {
      let split = Layout.vertical([.length(1), .fill(1)]).split(body)
      tabStrip = split[0]
      body = split[1]
      panes[state.focus] = body
      let strip = DashboardLayout.tabs(selecting: state.focus, divider: " │ ")
      for (pane, columns) in zip(Pane.allCases, strip.tabRanges(startingAt: split[0].x)) {
        tabs.append(TabPlacement(pane: pane, columns: columns))
      }
    }
    parties = panes[.parties].map {
      PartiesGeometry(
        frame: $0, mode: state.parties.mode, showsTargets: state.parties.showsTargets)
    }
  }

  /// The pane under a cell, if any.
  public func pane(atX x: Int, y: Int) -> Pane? {
    panes.first { $0.value.contains(x: x, y: y) }?.key
  }

  /// The pane whose tab is under a cell, if any.
  public func tab(atX x: Int, y: Int) -> Pane? {
    guard let tabStrip, tabStrip.contains(x: x, y: y) else { return nil }
    return tabs.first { $0.columns.contains(x) }?.pane
  }

  /// The rows a pane's list (or the overview's text) is drawn in: what a page key pages by
  /// and what a click or the wheel picks a row in.
  public func listBody(of pane: Pane) -> Rect? {
    guard let frame = panes[pane] else { return nil }
    let inner = frame.inset(by: 1)
    switch pane {
    case .overview: return inner.inset(horizontal: 1, vertical: 0)
    case .rights: return DashboardLayout.rightsColumns(inner).list
    case .news: return inner
    case .parties: return parties?.listBody
    }
  }

  /// The rights pane's inner area split into the list and the selected article's detail.
  public static func rightsColumns(_ inner: Rect) -> (list: Rect, detail: Rect) {
    let columns = Layout.horizontal([.percentage(46), .length(1), .fill(1)]).split(inner)
    return (columns[0], columns[2])
  }
}
