import Dashboard
import TerminalUI
import TestSupport
import Testing
import TreatyModel

/// The road so far: the Overview's chart of parties over time.
@Suite("Chart of the road so far")
struct ChartViewTests {
  typealias F = DashboardFixtures
  let view = DashboardView()

  @Test("c in the Overview shows the chart at 120×40; c again shows the text")
  func wide() throws {
    var state = try F.state(width: 120, height: 40)
    F.press(&state, .character("1"), .character("c"))
    #expect(state.overviewShowsChart)
    let lines = view.render(state).lines
    assertSnapshot(lines: lines, named: "chart-120x40")
    #expect(lines.contains { $0.contains("48 parties, 48 bound on 2026-11-25") })
    #expect(lines.contains { $0.contains("30 needed") && $0.contains("in force 2020-04-28") })
    F.press(&state, .character("c"))
    #expect(!view.render(state).lines.joined().contains("Parties over time"))
  }

  @Test("the chart at 80×24")
  func narrow() throws {
    var state = try F.state(width: 80, height: 24)
    F.press(&state, .character("1"), .character("c"))
    assertSnapshot(lines: view.render(state).lines, named: "chart-80x24")
  }

  @Test("time travel to 2019-12-31: the line stops at 29, not yet in force")
  func timeTravel() throws {
    var state = try F.state(width: 80, height: 24)
    F.press(&state, .character("1"), .character("c"))
    state.viewedDate = F.date("2019-12-31")
    state.reconcile()
    let lines = view.render(state).lines
    assertSnapshot(lines: lines, named: "chart-2019-12-31-80x24")
    #expect(lines.contains { $0.contains("29 parties, 0 bound on 2019-12-31") })
    #expect(lines.contains { $0.contains("not yet in force") })
  }
}
