import TerminalUI
import TestSupport
import Testing

/// Composed screens checked against reviewed snapshots in `__Snapshots__`.
@Suite struct SnapshotTests {
  @Test func dashboardLikeScreen() {
    var buffer = Buffer(width: 40, height: 12)
    let rows = Layout.vertical([.length(1), .fill(1), .length(1)]).split(buffer.area)
    Tabs(["Parties", "Map", "News"]).render(into: &buffer, area: rows[0])
    let columns = Layout.horizontal([.percentage(50), .fill(1)]).split(rows[1])
    let listBlock = Block(title: Line("Parties"), rightTitle: Line("3"), isFocused: true)
    listBlock.render(into: &buffer, area: columns[0])
    var state = ListState(itemCount: 3)
    state.select(1)
    SelectableList(
      items: ["Albania", "Côte d'Ivoire", "日本 Japan"], state: state, header: "Name"
    ).render(into: &buffer, area: listBlock.inner(columns[0]))
    let detailBlock = Block(title: "Details")
    detailBlock.render(into: &buffer, area: columns[1])
    let detail = detailBlock.inner(columns[1])
    Paragraph("Côte d'Ivoire ratified the treaty; in force.")
      .render(into: &buffer, area: Rect(x: detail.x, y: detail.y, width: detail.width, height: 4))
    Gauge(ratio: 0.6, label: "30/50", tickRatio: 0.6)
      .render(
        into: &buffer, area: Rect(x: detail.x, y: detail.maxY - 1, width: detail.width, height: 1))
    KeyHintBar([(key: "q", label: "Quit"), (key: "/", label: "Filter"), (key: "?", label: "Help")])
      .render(into: &buffer, area: rows[2])
    assertSnapshot(lines: buffer.lines, named: "dashboard-like-screen")
  }

  @Test func dialogOverBrailleMap() {
    var buffer = Buffer(width: 30, height: 9)
    var canvas = BrailleCanvas(width: 30, height: 9)
    for x in 0..<canvas.dotWidth {
      let y = Int((Double(x) / Double(canvas.dotWidth) * Double(canvas.dotHeight - 1)))
      canvas.setDot(x: x, y: y)
      canvas.setDot(x: x, y: canvas.dotHeight - 1 - y)
    }
    canvas.setMarker(column: 2, row: 1, glyph: "●")
    canvas.render(into: &buffer, area: buffer.area)
    Dialog(
      title: "Unmark?", body: ["Undo with u"], buttons: ["No", "Yes"]
    ).render(into: &buffer, area: buffer.area)
    assertSnapshot(lines: buffer.lines, named: "dialog-over-braille-map")
  }
}
