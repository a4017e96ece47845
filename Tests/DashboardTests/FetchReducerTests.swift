import Foundation
import TerminalUI
import Testing
import TreatyModel

@testable import Dashboard

private typealias F = DashboardFixtures

/// Fetching feeds in the background and opening links, through the reducer: what the keys ask
/// for, and what the helper's reports do to the state.
@Suite struct FetchReducerTests {
  @Test("R asks for a fetch once; a second R while it runs only says so")
  func fetchStartsOnce() throws {
    var state = try F.state()
    F.expect(&state, .fetchFeeds, effects: [.startFetch(timeoutSeconds: 30)]) {
      $0.fetch = FetchProgress()
      $0.status = .info("Fetching your feeds…")
    }
    F.expect(&state, .fetchProgressed(.started(total: 3))) {
      $0.fetch?.total = 3
      $0.status = .info("Fetching 3 feeds…")
    }
    F.expect(&state, .fetchProgressed(.fetching(position: 2, total: 3, name: "WIPO"))) {
      $0.fetch?.position = 2
      $0.status = .info("Fetching 2 of 3: WIPO…")
    }
    F.expect(&state, .fetchFeeds) {
      $0.status = .info("Already fetching your feeds (2 of 3)…")
    }
  }

  @Test("the keys still move the selection while a fetch runs")
  func keysDuringAFetch() throws {
    var state = try F.state()
    F.send(&state, .focus(.news), .fetchFeeds)
    F.press(&state, .character("j"), .character("j"))
    #expect(state.news.list.selectedIndex == 2)
    #expect(state.fetch != nil)
  }

  @Test("the end of a fetch says what arrived, and names the first feed that failed")
  func closingMessage() throws {
    var state = try F.state()
    F.send(&state, .fetchFeeds, .fetchProgressed(.started(total: 2)))
    F.send(
      &state,
      .fetchProgressed(
        .finished(
          position: 1, name: "Unions", outcome: .failed("the server answered 404"),
          movedTo: nil)),
      .fetchProgressed(
        .finished(
          position: 2, name: "WIPO",
          outcome: .fetched(newItems: 2, knownItems: 5, unresolvedLinks: 0), movedTo: nil)),
      .fetchProgressed(.completed(total: 2, succeeded: 1, newItems: 2)))
    #expect(
      state.status
        == .error(
          "Fetched 1 of 2 feeds: 2 new items; 1 not fetched.  ·  Unions: failed: the server answered 404"
        ))
  }

  @Test("new items arrive above the selection, which stays on the same item and is counted new")
  func fetchedItemsArrive() throws {
    var workspace = try F.workspace()
    var state = AppState(
      model: DashboardModel(workspace: workspace), today: F.today,
      size: Size(width: 120, height: 40))
    F.send(&state, .focus(.news), .moveSelection(2), .fetchFeeds)
    let selected = try #require(state.selectedNews)
    let arrival = try #require(Timestamp("2026-11-25T12:30:00Z"))
    let fresh = NewsItem(
      id: "fresh", date: F.date("2026-11-24"), precision: .day, title: "Fresh", summary: "",
      link: "https://example.org/fresh", origin: "Test")
    try workspace.importNews([fresh], at: arrival)
    F.send(&state, .fetchEnded(DashboardModel(workspace: workspace), failure: nil))
    #expect(state.fetch == nil)
    #expect(state.selectedNews == selected)
    #expect(state.news.list.selectedIndex == 3)
    #expect(state.newNews == ["fresh"])
    #expect(state.model.news.first == fresh)
  }

  @Test("o opens the selected item's web link, and says when it has none")
  func openLink() throws {
    var state = try F.state()
    F.send(&state, .focus(.news))
    let item = try #require(state.selectedNews)
    #expect(Subscription.isFetchable(item.link))
    F.expect(&state, .openLink, effects: [.openLink(item.link)]) {
      $0.status = .info("Opening \(item.link) in your browser…")
    }
    var workspace = try F.workspace()
    let linkless = NewsItem(
      id: "linkless", date: F.date("2026-11-24"), precision: .day, title: "No link", summary: "",
      link: "", origin: "Test")
    try workspace.importNews([linkless], at: try #require(Timestamp("2026-11-25T12:30:00Z")))
    F.send(&state, .fetchEnded(DashboardModel(workspace: workspace), failure: nil), .moveToFirst)
    #expect(state.selectedNews == linkless)
    F.expect(&state, .openLink) { $0.status = .info("This item has no web link to open.") }
  }
}
