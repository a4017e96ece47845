import Dashboard
import TerminalUI
import TestSupport
import Testing
import TreatyModel

/// Whole screens as text, reviewed in `__Snapshots__/`; re-record with `RECORD_SNAPSHOTS=1`.
@Suite("Screen snapshots")
struct ScreenSnapshotTests {
  typealias F = DashboardFixtures
  let view = DashboardView()

  @Test("the dashboard at 120×40: all four panes")
  func grid() throws {
    let state = try F.state(width: 120, height: 40)
    assertSnapshot(lines: view.render(state).lines, named: "dashboard-120x40")
  }

  @Test("the dashboard at 80×24: a tab strip and the focused pane")
  func tabs() throws {
    let state = try F.state(width: 80, height: 24)
    assertSnapshot(lines: view.render(state).lines, named: "dashboard-80x24")
  }

  @Test("the overview at 80×24")
  func overviewTab() throws {
    var state = try F.state(width: 80, height: 24)
    F.send(&state, .focus(.overview))
    assertSnapshot(lines: view.render(state).lines, named: "overview-80x24")
  }

  @Test("the rights pane on Art. 13, zoomed at 120×40: its class and what it reaches")
  func rightsOnArticleThirteen() throws {
    var state = try F.state(width: 120, height: 40)
    F.send(&state, .focus(.rights), .moveSelection(12), .toggleZoom)
    let text = view.render(state).lines.joined(separator: "\n")
    #expect(text.contains("Class: provision shaping the performers' rights"))
    #expect(text.contains("Reaches: Arts. 5–11: every right, live performances included"))
    #expect(!text.contains("Right: "))
    assertSnapshot(text, named: "rights-article-13-120x40")
  }

  @Test("the header warns when the data is over 90 days old, and not when a mark is recent")
  func headerAgeWarning() throws {
    let stale = try F.state(width: 120, height: 40)
    let header = view.render(stale).lines[0]
    #expect(header.contains("data as of 2025-10-01  ·   data 13 months old"))
    assertSnapshot(header, named: "header-age-warning-120")
    let fresh = AppState(
      model: stale.model, today: F.date("2025-12-15"), size: Size(width: 120, height: 40))
    #expect(!view.render(fresh).lines[0].contains("old"))
  }

  @Test("the terminal-too-small screen")
  func tooSmall() throws {
    let state = try F.state(width: 40, height: 10)
    assertSnapshot(lines: view.render(state).lines, named: "too-small-40x10")
  }

  @Test("time travel to 2019-12-31: 29 of 30, not yet in force")
  func beforeEntryIntoForce() throws {
    var state = try F.state(width: 120, height: 40)
    state.viewedDate = F.date("2019-12-31")
    state.reconcile()
    let lines = view.render(state).lines
    #expect(lines[1].contains("29 of 30 parties · 1 more needed"))
    #expect(lines[2].contains("Not yet in force"))
    assertSnapshot(lines: lines, named: "dashboard-2019-12-31")
  }

  @Test("the mark dialog over the parties pane")
  func markDialog() throws {
    var state = try F.state(width: 120, height: 40)
    F.select(&state, code: "FR")
    F.send(&state, .beginMark)
    assertSnapshot(lines: view.render(state).lines, named: "mark-dialog")
  }

  @Test("the help overlay lists every key")
  func help() throws {
    var state = try F.state(width: 120, height: 40)
    F.send(&state, .showHelp)
    let text = view.render(state).lines.joined(separator: "\n")
    // The keys may run past one screen: every key shows on the first page or the last.
    var scrolled = state
    F.send(&scrolled, .moveToLast)
    let lastPage = view.render(scrolled).lines.joined(separator: "\n")
    for binding in Keymap.bindings {
      let label = binding.keysLabel(ascii: false)
      #expect(text.contains(label) || lastPage.contains(label), "\(label) is not in the help")
    }
    assertSnapshot(text, named: "help-120x40")
  }

  @Test("a party's full detail with its declarations (China)")
  func chinaDetail() throws {
    var state = try F.state(width: 120, height: 40)
    F.select(&state, code: "CN")
    F.send(&state, .toggleZoom, .openDetail)
    let text = view.render(state).lines.joined(separator: "\n")
    #expect(
      text.contains(
        "Art. 11(1), 11(2) (Notification No. 5): China is bound by neither Art. 11(1) nor Art. 11(2)."
      ))
    #expect(text.contains("Territory (Notification No. 5)"))
    assertSnapshot(text, named: "china-detail")
  }

  @Test("status stays readable without colour: glyphs, not colour alone")
  func withoutColour() throws {
    let state = try F.state(width: 120, height: 40)
    let buffer = view.render(state)
    let text = buffer.lines.joined(separator: "\n")
    #expect(text.contains("● Algeria"))
    #expect(text.contains("○ Burundi"))
    let ascii = DashboardView(theme: Theme(isASCII: true)).render(state).lines
    // No box drawing, blocks, braille or status symbols: only text from the data may be non-ASCII.
    let drawing = ascii.joined().unicodeScalars.filter {
      (0x2190...0x2BFF).contains($0.value) || (0x2800...0x28FF).contains($0.value)
    }
    #expect(drawing.isEmpty, "\(String(String.UnicodeScalarView(drawing)))")
    assertSnapshot(lines: ascii, named: "dashboard-ascii-120x40")
  }
}
