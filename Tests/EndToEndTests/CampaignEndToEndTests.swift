import Foundation
import Testing

/// The campaigner's views in the real binary, full screen in tmux at 120×40.
@Suite("Campaign views, end to end in tmux", .serialized)
struct CampaignEndToEndTests {
  @Test("T opens the targets; → shows the WPPT parties; an accession takes Albania off; Esc leaves")
  func targetsView() throws {
    let session = try TmuxSession()
    defer { session.close() }
    _ = try DashboardEndToEndTests.startDashboard(in: session, expecting: 48)
    try session.press("4")
    try session.press("T")
    try session.waitForScreen(containing: "4 Parties · targets", "[○ Signed 51]", "Party to")
    try session.press("Right")
    let wppt = try session.waitForScreen(containing: "[◇ WPPT 74]", "74 states in the group")
    #expect(wppt.contains("WPPT, WCT"))
    try session.press("R", "R", "R")
    try session.waitForScreen(containing: "targets · Europe", "▶ · Albania")
    try session.press("m")
    try session.waitForScreen(containing: "Mark a change for Albania", "◉ a accession")
    try session.press("Enter")
    try session.waitForScreen(containing: DashboardEndToEndTests.headerCount(49))
    let after = try session.waitForScreen(containing: "[◇ WPPT 38]")
    #expect(!after.contains("· Albania"))
    #expect(after.contains("○ Austria"))
    try session.press("Escape")
    try session.waitForScreen(containing: "4 Parties · by region")
    try session.press("q")
    _ = try session.waitForPrompt()
  }
}
