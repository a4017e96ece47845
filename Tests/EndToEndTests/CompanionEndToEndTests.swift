import Foundation
import Testing

/// The map selecting a party in the list, and the command line marking while the dashboard
/// is open on the same data: the real binary, in tmux.
@Suite("Map and command line, end to end in tmux", .serialized)
struct CompanionEndToEndTests {
  typealias Dashboard = DashboardEndToEndTests

  /// Runs `btap` with arguments (no terminal) and returns its exit status and output.
  static func runCommand(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try BtapBinary.locate())
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test("statuses have the same colours on the command line as in the dashboard")
  func statusColours() throws {
    let session = try TmuxSession()
    defer { session.close() }
    let binary = try BtapBinary.locate()
    // On 2019-12-31 Kenya was pending (deposited, bound from 2020-04-28), Austria a signatory.
    try session.run(
      "\(TmuxSession.quote(binary)) parties --as-of 2019-12-31 --region Africa"
        + " --data-dir \(TmuxSession.quote(session.dataDirectory))")
    _ = try session.waitForPrompt()
    let printed = try session.styledScreen()
    let kenya = try #require(Dashboard.line(printed, containing: "Kenya"))
    #expect(kenya.contains("\u{1B}[33m◐ pending"), "pending is yellow: \(kenya.debugDescription)")
    let burundi = try #require(Dashboard.line(printed, containing: "Burundi"))
    #expect(burundi.contains("\u{1B}[36m○ signatory"), "\(burundi.debugDescription)")
    try session.run("clear")
    _ = try Dashboard.startDashboard(in: session, expecting: 48)
    try session.press("t")
    for _ in 0..<10 { try session.press("BSpace") }
    try session.type("2019-12-31")
    try session.press("Enter", "/")
    try session.type("Kenya")
    try session.press("Enter")
    // The filter kept (its hints gone), not still being typed: the typed filter's "/" and
    // text are styled apart, so its line would pass for the row.
    _ = try session.waitForScreen("the filtered row, the filter kept") {
      $0.contains("viewing as of 2019-12-31") && $0.contains("◐ Kenya")
        && !$0.contains("Enter keep")
    }
    // The row, not the pane's title (which shows the filter, "/Kenya").
    let styled = try session.styledScreen().split(separator: "\n")
    let listed = try #require(
      styled.first { $0.contains("Kenya") && !$0.contains("/Kenya") }.map(String.init))
    #expect(listed.contains("\u{1B}[33m◐"), "\(listed.debugDescription)")
    try session.press("q")
    _ = try session.waitForPrompt()
  }

  @Test("the map opens with M, arrows move between countries, Enter selects one in the list")
  func selectFromMap() throws {
    let session = try TmuxSession()
    defer { session.close() }
    _ = try Dashboard.startDashboard(in: session, expecting: 48)
    try session.press("4")
    try session.press("M")
    try session.press("z")
    let map = try session.waitForScreen(containing: "Made with Natural Earth", "◆ Algeria")
    #expect(Dashboard.line(map, containing: "4 Parties · map") != nil)
    try session.press("Right")
    let moved = try session.waitForScreen("the highlight to leave Algeria") {
      $0.contains("Made with Natural Earth") && !$0.contains("◆ Algeria")
    }
    let legend = try #require(Dashboard.line(moved, containing: "Made with Natural Earth"))
    let name = try #require(
      legend.components(separatedBy: "◆ ").last?.components(separatedBy: "  ").first?
        .trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "┃"))))
    #expect(!name.isEmpty)
    try session.press("Enter")
    let list = try session.waitForScreen(containing: "Selected \(name) in the list")
    #expect(!list.contains("Made with Natural Earth"))
    let selectedRow = try #require(Dashboard.line(list, containing: "▶ "))
    #expect(selectedRow.contains(String(name.prefix(20))), "\(selectedRow)")
    try session.press("q")
    try session.waitForPrompt()
  }

  @Test("btap mark while the dashboard runs: it appears there, and neither loses the other's mark")
  func markFromCommandLineWhileDashboardRuns() throws {
    let session = try TmuxSession()
    defer { session.close() }
    _ = try Dashboard.startDashboard(in: session, expecting: 48)

    let marked = try Self.runCommand([
      "mark", "France", "--ratification", "--date", "2026-01-05", "--data-dir",
      session.dataDirectory,
    ])
    #expect(marked.status == 0, "\(marked.output)")
    // The dashboard looks for other copies' saves every second.
    try session.waitForScreen(
      containing: Dashboard.headerCount(49), "Loaded 1 change saved by another btap",
      timeout: 10)

    // Now the dashboard marks Germany; the command line's mark must survive.
    try session.press("4")
    try session.press("/")
    try session.type("Germany")
    try session.waitForScreen(containing: "/Germany")
    try session.press("Enter")
    try session.press("m")
    try session.waitForScreen(containing: "Mark a change for Germany")
    try session.press("r")
    for _ in 0..<10 { try session.press("BSpace") }
    try session.type("2026-02-01")
    try session.press("Enter")
    try session.waitForScreen(
      containing: Dashboard.headerCount(50), "Saved ratification by Germany")
    try session.press("q")
    try session.waitForPrompt()

    let journal = try Dashboard.journal(session)
    #expect(Dashboard.hasMark(journal, party: "FR", kind: "ratification", date: "2026-01-05"))
    #expect(Dashboard.hasMark(journal, party: "DE", kind: "ratification", date: "2026-02-01"))
    let history = try Self.runCommand(["history", "--data-dir", session.dataDirectory])
    #expect(history.status == 0)
    #expect(history.output.contains("France"), "\(history.output)")
    #expect(history.output.contains("Germany"), "\(history.output)")
  }
}
