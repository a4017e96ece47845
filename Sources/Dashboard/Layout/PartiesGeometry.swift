import TerminalUI

/// The parts of the Parties pane for its mode: filter row, column header, list rows, short
/// detail, whole detail or map and legend.
public struct PartiesGeometry: Hashable, Sendable {
  /// The pane's frame, border included.
  public var frame: Rect
  /// The row of target groups with their counts, in the targets view's list.
  public var groupStrip: Rect?
  /// The row the filter is typed in, while filtering.
  public var filterRow: Rect?
  /// The list's column header.
  public var columnHeader: Rect?
  /// The list's rows.
  public var listBody: Rect?
  /// The short detail under the list (its first row is a rule), on a tall enough pane.
  public var shortDetail: Rect?
  /// The whole detail, when open.
  public var detail: Rect?
  /// The map, when shown.
  public var map: Rect?
  /// The map's legend row.
  public var legend: Rect?

  /// Frames this tall or taller show a short detail under the list.
  public static let shortDetailMinimumFrameHeight = 16
  /// The short detail's height, rule included.
  public static let shortDetailHeight = 5

  /// The parts of a Parties pane in `frame` showing `mode`; `showsTargets` adds the row of
  /// target groups above the list.
  public init(frame: Rect, mode: PartiesState.Mode, showsTargets: Bool = false) {
    self.frame = frame
    let inner = frame.inset(by: 1)
    switch mode {
    case .map:
      map = Rect(x: inner.x, y: inner.y, width: inner.width, height: max(0, inner.height - 1))
      legend = Rect(x: inner.x, y: inner.maxY - 1, width: inner.width, height: 1)
    case .detail:
      detail = inner.inset(horizontal: 1, vertical: 0)
    case .list, .filtering:
      var content = inner
      if showsTargets {
        groupStrip = Rect(x: inner.x, y: inner.y, width: inner.width, height: 1)
        content = inner.inset(top: 1, left: 0, bottom: 0, right: 0)
      }
      if mode == .filtering {
        filterRow = Rect(x: content.x, y: content.y, width: content.width, height: 1)
        content = content.inset(top: 1, left: 0, bottom: 0, right: 0)
      }
      let detailRows =
        frame.height >= PartiesGeometry.shortDetailMinimumFrameHeight
        ? PartiesGeometry.shortDetailHeight : 0
      let listHeight = max(0, content.height - detailRows)
      columnHeader = Rect(
        x: content.x, y: content.y, width: content.width, height: min(1, listHeight))
      listBody = Rect(
        x: content.x, y: content.y + 1, width: content.width, height: max(0, listHeight - 1))
      if detailRows > 0 {
        shortDetail = Rect(
          x: content.x, y: content.y + listHeight, width: content.width, height: detailRows)
      }
    }
  }
}
