import Foundation
import Testing

/// A news item that carries a depositary notification, imported into the real `btap`, shows
/// as a proposal in the dashboard: Enter records it, `u` undoes it.
@Suite("Proposals, end to end in tmux", .serialized)
struct ProposalsEndToEndTests {
  /// A feed with one item whose description is a notification (written for this test after
  /// the depositary's pattern) of Germany's ratification.
  static let feed = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0"><channel><title>Depositary notices</title>
    <link>https://notices.example.org/</link><description>Notices</description>
    <item>
      <title>Beijing Notification No. 60: Ratification by the Federal Republic of Germany</title>
      <link>https://notices.example.org/beijing/60</link>
      <pubDate>Wed, 04 Feb 2026 09:00:00 +0100</pubDate>
      <description>The Director General of the World Intellectual Property Organization \
    (WIPO) has the honor to notify the deposit by the Government of the Federal Republic of \
    Germany, on February 2, 2026, of its instrument of ratification of the Beijing Treaty on \
    Audiovisual Performances, adopted at Beijing on June 24, 2012.</description>
    </item>
    </channel></rss>

    """

  @Test("an imported news item's notification: proposed, recorded with Enter, undone with u")
  func recordAndUndoFromTheNews() throws {
    let session = try TmuxSession()
    defer { session.close() }
    let feedPath = session.dataDirectory + "/../notices.xml"
    try Self.feed.write(toFile: feedPath, atomically: true, encoding: .utf8)
    let binary = try BtapBinary.locate()
    let data = TmuxSession.quote(session.dataDirectory)
    try session.run(
      "\(TmuxSession.quote(binary)) news import \(TmuxSession.quote(feedPath)) --data-dir \(data)")
    try session.waitForScreen(containing: "1 new, 0 already known")
    try session.waitForPrompt()

    _ = try DashboardEndToEndTests.startDashboard(in: session, expecting: 48)
    // The proposals are read just after the first frame; their count follows in the header.
    let first = try session.waitForScreen(containing: "1 proposal (p)")
    #expect(
      DashboardEndToEndTests.line(first, containing: DashboardEndToEndTests.headerCount(48)) != nil)
    try session.press("p")
    let list = try session.waitForScreen(containing: "Proposals: 1 waiting")
    let row = try #require(DashboardEndToEndTests.line(list, containing: "by Germany"))
    #expect(row.contains("proposed  ratification by Germany on 2026-02-02  No. 60"))
    #expect(list.contains("Federal Republic of"))
    #expect(list.contains("Beijing Notification No. 60 https://notices.example.org/beijing/60"))

    try session.press("Enter")
    let recorded = try session.waitForScreen(
      containing: DashboardEndToEndTests.headerCount(49), "Proposals: 0 waiting")
    #expect(
      DashboardEndToEndTests.line(recorded, containing: "confirmed ratification by Germany") != nil)
    #expect(recorded.contains("Recorded ratification by Germany"))
    #expect(!recorded.contains("1 proposal (p)"))
    let lines = try DashboardEndToEndTests.journal(session)
    #expect(
      DashboardEndToEndTests.hasMark(lines, party: "DE", kind: "ratification", date: "2026-02-02"))
    #expect(
      lines.last?.last == "Beijing Notification No. 60 https://notices.example.org/beijing/60")

    try session.press("u")
    let undone = try session.waitForScreen(
      containing: DashboardEndToEndTests.headerCount(48), "Proposals: 1 waiting")
    #expect(
      DashboardEndToEndTests.line(undone, containing: "proposed  ratification by Germany") != nil)

    try session.press("x")
    try session.waitForScreen(containing: "Proposals: 0 waiting", "dismissed ")
    try session.press("u")
    try session.waitForScreen(containing: "Proposals: 1 waiting")
    try session.press("Escape")
    try session.press("q")
    try session.waitForPrompt()
  }
}
