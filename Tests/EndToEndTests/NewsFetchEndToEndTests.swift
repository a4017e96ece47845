import Foundation
import TestSupport
import Testing

/// Fetching feeds from the dashboard, opening a link, and news imported by another copy: the
/// real binary in tmux, against a real HTTP server on 127.0.0.1.
@Suite("News fetching, end to end in tmux", .serialized)
struct NewsFetchEndToEndTests {
  typealias Dashboard = DashboardEndToEndTests
  typealias Companion = CompanionEndToEndTests

  /// An RSS feed with two items dated 2026-12-01, one with a relative link.
  static let slowFeed = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0"><channel><title>Slow feed</title>
    <item><title>Fresh item one</title><link>https://example.org/fresh-one</link>
    <pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate></item>
    <item><title>Fresh item two</title><link>/two.html</link>
    <pubDate>Tue, 01 Dec 2026 09:00:00 GMT</pubDate></item>
    </channel></rss>

    """

  /// The line of the screen with the selection marker in the News pane.
  static func selectedNewsLine(_ screen: String) -> String? {
    screen.split(separator: "\n").first { $0.contains("┃▶") && $0.contains(" 20") }
      .map(String.init)
  }

  @Test("R fetches while the keys keep moving the selection; the new items then appear")
  func fetchInTheBackground() throws {
    let server = try FeedServer(routes: ["/slow.xml": [["delay": 2, "body": Self.slowFeed]]])
    let session = try TmuxSession()
    defer { session.close() }
    let added = try Companion.runCommand([
      "feeds", "add", server.url("/slow.xml"), "--data-dir", session.dataDirectory,
    ])
    #expect(added.status == 0, "\(added.output)")
    _ = try Dashboard.startDashboard(in: session, expecting: 48)
    try session.press("3")
    _ = try session.waitForScreen(containing: "▶3 News")
    try session.press("R")
    _ = try session.waitForScreen(containing: "Fetching 1 of 1: \(server.url("/slow.xml"))")
    // The server waits two seconds: the keys are answered meanwhile.
    try session.press("j")
    try session.press("j")
    let during = try session.waitForScreen("the selection moved during the fetch") {
      ($0.contains("Fetching 1 of 1") && Self.selectedNewsLine($0)?.contains("2019-09") == true)
    }
    #expect(!during.contains("Fresh item one"))
    let after = try session.waitForScreen(
      containing: "Fetched 1 of 1 feed: 2 new items.", "Fresh item one", "Fresh item two",
      timeout: 15)
    #expect(after.contains("2 new in News"))
    #expect(after.contains("2 new · 14 unread"))
    // The selection stayed on the same item, now two rows lower.
    let selected = try #require(Self.selectedNewsLine(after))
    #expect(selected.contains("2019-09"), "\(selected)")
    try session.press("g", "Enter")
    let detail = try session.waitForScreen(containing: "Link: \(server.url("/two.html"))")
    #expect(detail.contains("Slow feed  ·  new"))
    try session.press("q")
    _ = try session.waitForPrompt()
    #expect(try server.requests(to: "/slow.xml").count == 1)
  }

  @Test("o hands the selected item's link to $BROWSER")
  func openLink() throws {
    let session = try TmuxSession()
    defer { session.close() }
    let opened = session.root + "/opened.txt"
    let browser = session.root + "/browser.sh"
    try "#!/bin/sh\nprintf '%s\\n' \"$1\" > \(TmuxSession.quote(opened))\n".write(
      toFile: browser, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: browser)
    let binary = try BtapBinary.locate()
    try session.run(
      "BROWSER=\(TmuxSession.quote(browser)) \(TmuxSession.quote(binary)) --data-dir "
        + TmuxSession.quote(session.dataDirectory))
    _ = try session.waitForScreen(containing: Dashboard.headerCount(48), timeout: 15)
    try session.press("3", "o")
    _ = try session.waitForScreen(containing: " Opening https://")
    try session.wait(for: "the browser script to run") {
      FileManager.default.fileExists(atPath: opened)
    }
    let link = try String(contentsOfFile: opened, encoding: .utf8)
    #expect(link.hasPrefix("https://"), "\(link)")
    try session.press("q")
    _ = try session.waitForPrompt()
  }

  @Test("news imported by another copy shows up in the open dashboard")
  func anotherCopysImport() throws {
    let session = try TmuxSession()
    defer { session.close() }
    _ = try Dashboard.startDashboard(in: session, expecting: 48)
    try session.press("3")
    let feed = session.root + "/feed.xml"
    try Self.slowFeed.write(toFile: feed, atomically: true, encoding: .utf8)
    let imported = try Companion.runCommand([
      "news", "import", feed, "--base-url", "https://example.org/news/",
      "--data-dir", session.dataDirectory,
    ])
    #expect(imported.status == 0, "\(imported.output)")
    let screen = try session.waitForScreen(
      containing: "Fresh item one", "Loaded news imported by another btap", timeout: 10)
    #expect(screen.contains("2 new in News"))
    try session.press("q")
    _ = try session.waitForPrompt()
  }
}
