import TerminalUI

/// Where each part of the dashboard goes for a state: pure arithmetic on rectangles, shared by
/// the view (to draw) and the reducer (to route mouse clicks).
public struct DashboardLayout: Hashable, Sendable {
  /// The progress header.
  public var header: Rect
  /// The tab strip (only when one pane is shown at a time).
  public var tabs: Rect?
  /// Each visible pane's frame.
  public var panes: [Pane: Rect]
  /// The status line.
  public var status: Rect
  /// The key-hint bar.
  public var hints: Rect

  /// The header's height in rows.
  public static let headerHeight = 3

  /// Lays out a state's screen.
  public static func compute(_ state: AppState) -> DashboardLayout {
    let screen = Rect(x: 0, y: 0, width: state.size.width, height: state.size.height)
    let rows = Layout.vertical([
      .length(headerHeight), .fill(1), .length(1), .length(1),
    ]).split(screen)
    var body = rows[1]
    var tabs: Rect?
    var panes: [Pane: Rect] = [:]
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
      tabs = split[0]
      body = split[1]
      panes[state.focus] = body
    }
    return DashboardLayout(
      header: rows[0], tabs: tabs, panes: panes, status: rows[2], hints: rows[3])
  }

  /// The pane under a cell, if any.
  public func pane(atX x: Int, y: Int) -> Pane? {
    panes.first { $0.value.contains(x: x, y: y) }?.key
  }
}
