import TerminalUI
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct PerformanceTests {
  /// Renders a full 120×40 screen of widgets; the budget is generous because tests run in
  /// debug builds (release builds take well under a millisecond).
  @Test func fullScreenRenderIsFast() {
    let items = (0..<200).map { Line("Party number \($0) — Côte d'Ivoire 日本") }
    var state = ListState(itemCount: items.count)
    state.select(150)
    var canvas = BrailleCanvas(width: 80, height: 38)
    for x in 0..<canvas.dotWidth { canvas.setDot(x: x, y: (x * 7) % canvas.dotHeight) }
    let start = monotonicMicroseconds()
    var buffer = Buffer(width: 120, height: 40)
    for _ in 0..<10 {
      buffer = Buffer(width: 120, height: 40)
      let rows = Layout.vertical([.length(1), .fill(1), .length(1)]).split(buffer.area)
      let columns = Layout.horizontal([.length(40), .fill(1)]).split(rows[1])
      let block = Block(title: "Parties", isFocused: true)
      block.render(into: &buffer, area: columns[0])
      SelectableList(items: items, state: state, showsScrollbar: true)
        .render(into: &buffer, area: block.inner(columns[0]))
      let mapBlock = Block(title: "Map")
      mapBlock.render(into: &buffer, area: columns[1])
      canvas.render(into: &buffer, area: mapBlock.inner(columns[1]))
      KeyHintBar([(key: "q", label: "Quit")]).render(into: &buffer, area: rows[2])
    }
    let perFrame = (monotonicMicroseconds() - start) / 10
    #expect(buffer.lines.count == 40)
    #expect(perFrame < 50_000, "one frame took \(perFrame) µs")
  }

  private func monotonicMicroseconds() -> Int {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return time.tv_sec * 1_000_000 + time.tv_nsec / 1_000
  }
}
