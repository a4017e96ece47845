import Dashboard
import TerminalUI
import Testing
import TreatyModel

/// The parts of the screen kept between frames never go stale: after every step, a view that
/// has drawn all the frames before draws exactly what a new view draws for the same state.
/// (Drawings are kept by the values they are drawn from, never by a revision number.)
@Suite("Kept drawings")
struct KeptDrawingsTests {
  /// The long-lived view, as the run loop keeps it.
  let view = DashboardView()

  /// Draws `state` with the long-lived view and checks it against a new view's drawing.
  func expectSameScreen(_ state: AppState, after step: String) {
    let kept = view.render(state)
    let fresh = DashboardView().render(state)
    #expect(kept.lines == fresh.lines, "text differs after \(step)")
    #expect(kept.updates(since: fresh).isEmpty, "cells differ after \(step)")
  }

  @Test("moving, focusing, opening and scrolling in every pane")
  func navigation() throws {
    var state = try DashboardFixtures.state()
    expectSameScreen(state, after: "the first frame")
    let steps: [(String, [Key])] = [
      ("j in Parties", [.character("j")]),
      ("focus Rights", [.character("2")]),
      ("j j in Rights", [.character("j"), .character("j")]),
      ("focus News", [.character("3")]),
      ("j in News", [.character("j")]),
      ("open a news item", [.enter]),
      ("close it", [.escape]),
      ("focus Overview", [.character("1")]),
      ("scroll the overview", [.character("j"), .character("j"), .pageDown]),
      ("Tab round to Parties", [.tab, .tab, .tab]),
      ("sort the parties", [.character("s")]),
      ("help", [.character("?")]),
      ("close help", [.escape]),
    ]
    for (name, keys) in steps {
      for key in keys { DashboardFixtures.press(&state, key) }
      expectSameScreen(state, after: name)
    }
  }

  @Test("time travel, resizing and zooming")
  func dateAndSize() throws {
    var state = try DashboardFixtures.state()
    expectSameScreen(state, after: "the first frame")
    DashboardFixtures.send(&state, .stepBack)
    expectSameScreen(state, after: "a step back in time")
    DashboardFixtures.send(&state, .stepBack, .stepBack)
    expectSameScreen(state, after: "two more steps back")
    DashboardFixtures.send(&state, .returnToToday)
    expectSameScreen(state, after: "back to today")
    DashboardFixtures.send(&state, .resized(Size(width: 100, height: 30)))
    expectSameScreen(state, after: "a resize to 100×30")
    DashboardFixtures.send(&state, .resized(Size(width: 120, height: 40)))
    expectSameScreen(state, after: "a resize back to 120×40")
    DashboardFixtures.send(&state, .tick(today: DashboardFixtures.date("2026-11-26")))
    expectSameScreen(state, after: "a new day")
  }

  @Test("a saved mark and a news item marked read change the kept parts")
  func newData() throws {
    var workspace = try DashboardFixtures.workspace()
    var state = AppState(
      model: DashboardModel(workspace: workspace), today: DashboardFixtures.today,
      size: Size(width: 120, height: 40))
    expectSameScreen(state, after: "the first frame")
    _ = try workspace.mark(
      code: "GB", action: .ratification(DashboardFixtures.date("2026-11-20")),
      clock: DashboardFixtures.clock)
    let marked = DashboardModel(workspace: workspace)
    DashboardFixtures.send(&state, .saved(marked, message: "Saved", externalEntries: 0))
    expectSameScreen(state, after: "a ratification saved")
    #expect(view.render(state).lines[1].contains("49 parties"))
    let first = try #require(state.model.news.first)
    try workspace.setRead(first.id, read: true, clock: DashboardFixtures.clock)
    let read = DashboardModel(workspace: workspace)
    DashboardFixtures.send(&state, .saved(read, message: "Marked read", externalEntries: 0))
    expectSameScreen(state, after: "a news item marked read")
  }

  @Test("a model opened anew after a save, with the same revision, is drawn with its data")
  func sameRevisionNewData() throws {
    let workspace = try DashboardFixtures.workspace()
    var state = AppState(
      model: DashboardModel(workspace: workspace), today: DashboardFixtures.today,
      size: Size(width: 120, height: 40))
    expectSameScreen(state, after: "the first frame")
    var other = try Workspace.open(locations: workspace.locations)
    try other.mark(
      code: "GB", action: .ratification(DashboardFixtures.date("2026-11-20")),
      clock: DashboardFixtures.clock)
    let reopened = try Workspace.open(locations: workspace.locations)
    #expect(reopened.revision == workspace.revision)
    DashboardFixtures.send(
      &state, .externalChangesLoaded(DashboardModel(workspace: reopened), count: 1))
    expectSameScreen(state, after: "a model with the same revision and new data")
    #expect(view.render(state).lines[1].contains("49 parties"))
  }
}
