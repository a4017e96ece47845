import Dashboard
import TerminalUI
import Testing
import TreatyModel

/// What the screen shows where front ends used to disagree with each other or with the data.
@Suite("The screen tells one truth")
struct ScreenBugTests {
  typealias F = DashboardFixtures

  @Test("at 80×24 a click on any column of a tab's title focuses that tab's pane")
  func tabClicks() throws {
    for isASCII in [false, true] {
      var state = try F.state(width: 80, height: 24)
      let view = DashboardView(theme: Theme(isASCII: isASCII))
      let strip = try #require(DashboardLayout(state).tabStrip)
      let row = Array(view.render(state).line(at: strip.y))
      for pane in Pane.allCases {
        let title = Array("\(pane.number) \(pane.title)")
        let start = try #require(
          (0...(row.count - title.count)).first { Array(row[$0..<($0 + title.count)]) == title })
        for x in start..<(start + title.count) {
          F.send(&state, .focus(pane == .overview ? .news : .overview))
          F.send(&state, .clicked(x: x, y: strip.y))
          #expect(state.focus == pane, "column \(x), ASCII \(isASCII)")
        }
      }
    }
  }

  @Test("the tab dividers of both themes are as wide as the layout counts")
  func tabDividers() {
    for isASCII in [false, true] {
      #expect(
        DisplayWidth.of(Theme(isASCII: isASCII).tabDivider) == DashboardLayout.tabDividerWidth)
    }
  }

  @Test("the ASCII help shows no symbol outside ASCII, scrolled to the top or the bottom")
  func asciiHelp() throws {
    for size in [Size(width: 120, height: 40), Size(width: 80, height: 24)] {
      var state = try F.state(width: size.width, height: size.height)
      F.send(&state, .showHelp)
      let view = DashboardView(theme: Theme(isASCII: true))
      for pass in 0..<2 {
        let lines = view.render(state).lines
        let top = try #require(lines.firstIndex { $0.contains("+Keys") })
        let bottom = try #require(lines[(top + 1)...].firstIndex { $0.contains("+---") })
        let first = Array(lines[top])
        let left = try #require(first.firstIndex(of: "+"))
        let right = try #require(first.lastIndex(of: "+"))
        for line in lines[top...bottom] {
          let box = String(Array(line)[left...right])
          let outside = box.unicodeScalars.filter { !$0.isASCII }
          #expect(outside.isEmpty, "\(box)")
        }
        if pass == 1 { #expect(lines.joined().contains("Status: P in force")) }
        for _ in 0..<30 { F.send(&state, .moveSelection(1)) }
      }
    }
  }

  @Test("a filter for a state that never signed says that e lists it")
  func filterForCanada() throws {
    var state = try F.state()
    F.send(&state, .beginFilter)
    F.type(&state, "Canada")
    let text = DashboardView().render(state).lines.joined(separator: "\n")
    #expect(text.contains("'Canada' has not signed or joined: e lists every state"))
    F.send(&state, .confirm, .toggleEveryState)
    #expect(DashboardView().render(state).lines.joined().contains("· Canada"))
  }

  @Test("the key facts follow the data and the date: the latest party after a mark, in the past")
  func latestParty() throws {
    var workspace = try F.workspace()
    var state = AppState(
      model: DashboardModel(workspace: workspace), today: F.today,
      size: Size(width: 120, height: 40))
    #expect(
      overview(state).contains(
        "Latest party: Saint Kitts and Nevis, accession deposited 2024-07-08"))
    try workspace.mark(code: "CA", action: .accession(F.date("2026-11-20")), clock: F.clock)
    F.send(
      &state, .saved(DashboardModel(workspace: workspace), message: "Saved", externalEntries: 0))
    let marked = overview(state)
    #expect(marked.contains("Latest party: Canada, accession deposited 2026-11-20"))
    #expect(marked.contains("Parties: 49, 48 bound so far"))
    state.viewedDate = F.date("2020-01-28")
    state.reconcile()
    let past = overview(state)
    #expect(past.contains("Latest party: Indonesia, ratification deposited 2020-01-28"))
    #expect(past.contains("Entry into force: due 2020-04-28"))
    state.viewedDate = F.date("2012-06-25")
    state.reconcile()
    #expect(overview(state).contains("Signatures: none yet"))
    #expect(overview(state).contains("Parties: none yet"))
  }

  /// The overview pane's text, zoomed so that the key facts are in view.
  private func overview(_ state: AppState) -> String {
    var zoomed = state
    F.send(&zoomed, .focus(.overview), .toggleZoom)
    F.send(&zoomed, .moveSelection(20))
    return DashboardView().render(zoomed).lines.joined(separator: "\n")
  }
}
