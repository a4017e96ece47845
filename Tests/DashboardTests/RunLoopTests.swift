import Dashboard
import Foundation
import TerminalUI
import Testing
import TreatyModel

/// The real run loop over the test backend: keys in; frames on the backend's screen and the
/// journal on disk out.
@Suite("The run loop over a test backend")
struct RunLoopTests {
  typealias F = DashboardFixtures

  /// A runner over a fresh workspace at 120×40.
  private func runner(size: Size = Size(width: 120, height: 40)) throws -> DashboardRunner<
    TestBackend
  > {
    DashboardRunner(backend: TestBackend(size: size), workspace: try F.workspace(), clock: F.clock)
  }

  /// Handles each event as the loop does, then draws; checks after each that the screen the
  /// backend built from the updates is exactly what a fresh render shows.
  private func step(
    _ runner: inout DashboardRunner<TestBackend>, _ events: [InputEvent?],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    for event in events {
      runner.handle(event)
      try runner.draw()
      let expected = DashboardView().render(runner.state)
      #expect(
        runner.terminal.backend.screen == expected, "after \(String(describing: event))",
        sourceLocation: sourceLocation)
    }
  }

  private func keys(_ text: String) -> [InputEvent?] {
    text.map { .key(.character($0)) }
  }

  private func journal(_ runner: DashboardRunner<TestBackend>) throws -> [String] {
    let text = try String(contentsOfFile: runner.workspace.store.path, encoding: .utf8)
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
  }

  private func screen(_ runner: DashboardRunner<TestBackend>) -> String {
    runner.terminal.backend.screen.lines.joined(separator: "\n")
  }

  @Test("marking, undo, redo and a refused mark: frames and the journal follow")
  func marking() throws {
    var runner = try runner()
    try runner.draw()
    #expect(screen(runner).contains("48 parties · 30 needed"))
    // Select France (region order: Europe), open the mark dialog, type a date, save.
    try step(&runner, keys("/France") + [.key(.enter)])
    try step(
      &runner, keys("m") + Array(repeating: .key(.backspace), count: 10) + keys("2026-01-05"))
    try step(&runner, [.key(.enter)])
    #expect(screen(runner).contains("49 parties · 30 needed"))
    #expect(screen(runner).contains("Saved ratification by France on 2026-01-05"))
    #expect(try journal(runner).count == 1 + 1, "the column header and one mark")
    try step(&runner, keys("u"))
    #expect(screen(runner).contains("48 parties · 30 needed"))
    #expect(screen(runner).contains("Undid ratification by France on 2026-01-05"))
    try step(&runner, [.key(.control("r"))])
    #expect(screen(runner).contains("49 parties · 30 needed"))
    #expect(try journal(runner).count == 1 + 3, "the column header, mark, undo, redo")
    // A second ratification of France is refused in the dialog; nothing is written.
    try step(&runner, keys("mr") + [.key(.enter)])
    #expect(screen(runner).contains("France already deposited its ratification on 2026-01-05"))
    try step(&runner, [.key(.escape)])
    #expect(try journal(runner).count == 4)
  }

  @Test("another copy's mark arrives on a tick; a resize repaints the whole screen")
  func externalChangeAndResize() throws {
    var runner = try runner()
    try runner.draw()
    var other = try Workspace.open(locations: runner.workspace.locations)
    try other.mark(code: "CA", action: .accession(F.date("2026-11-20")), clock: F.clock)
    try step(&runner, [nil])
    #expect(screen(runner).contains("Loaded 1 change saved by another btap"))
    #expect(screen(runner).contains("49 parties · 30 needed"))
    #expect(runner.state.snapshot.standing(code: "CA")?.status.isParty == true)
    try step(&runner, [.resize(Size(width: 80, height: 24))])
    #expect(runner.terminal.backend.frames.last?.isFullRepaint == true)
    #expect(runner.terminal.backend.screen.size == Size(width: 80, height: 24))
    try step(&runner, [.resize(Size(width: 120, height: 40))])
    #expect(runner.terminal.backend.frames.last?.isFullRepaint == true)
  }

  @Test("run() draws, handles queued keys and quits, remembering the interface state")
  func runUntilQuit() throws {
    var backend = TestBackend(size: Size(width: 120, height: 40))
    backend.queuedEvents = [.key(.character("s")), .key(.character("3")), .key(.character("q"))]
    let workspace = try F.workspace()
    var runner = DashboardRunner(backend: backend, workspace: workspace, clock: F.clock)
    try runner.run()
    #expect(runner.state.shouldQuit)
    #expect(runner.terminal.backend.restoreCount == 1)
    let remembered = InterfaceState.load(directory: workspace.locations.state)
    #expect(remembered.focus == .news)
    #expect(remembered.sort == .name)
    #expect(remembered.lastVisit == F.clock.now)
  }

  @Test("R with a malformed feed list ends the fetch with the file and line on the status line")
  func fetchWithABrokenFeedList() throws {
    var runner = try runner()
    let directory = runner.workspace.locations.userData
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let header = SubscriptionList.header.joined(separator: "\t")
    try "\(header)\nnot-a-url\t\t\t\t\t\t\t\n".write(
      toFile: directory + "/feeds.tsv", atomically: true, encoding: .utf8)
    try step(&runner, [.key(.character("R"))])
    #expect(runner.state.fetch != nil)
    let deadline = Date().addingTimeInterval(20)
    while runner.state.fetch != nil && Date() < deadline {
      usleep(20_000)
      runner.pollFetch()
    }
    #expect(runner.state.fetch == nil)
    let status = try #require(runner.state.status)
    #expect(status.kind == .error)
    #expect(status.text.hasPrefix("Fetch failed: \(directory)/feeds.tsv:2: "), "\(status.text)")
  }
}
