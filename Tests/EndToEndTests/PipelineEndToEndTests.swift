import Foundation
import Testing

/// Steps on the way to depositing in the real binary, full screen in tmux at 120×40.
@Suite("Pipeline, end to end in tmux", .serialized)
struct PipelineEndToEndTests {
  @Test(
    "w records a step with its note; the header counts it; undo, redo, a restart, time travel and a deposit"
  )
  func recordAStep() throws {
    let session = try TmuxSession()
    defer { session.close() }
    _ = try DashboardEndToEndTests.startDashboard(in: session, expecting: 48)
    try session.press("4", "/")
    try session.type("Ghana")
    try session.press("Enter")
    try session.waitForScreen(containing: "▶ ○ Ghana")
    try session.press("w")
    try session.waitForScreen(containing: "Record a step for Ghana", "◉ 1 consultation opened")
    try session.press("Down", "C-u")
    try session.type("2025-03-01")
    try session.press("Tab")
    try session.type("https://example.org/ghana")
    try session.press("Tab")
    try session.type("Bill laid before parliament")
    try session.press("Enter")
    let saved = try session.waitForScreen(containing: "◔ 1 in process", "Saved step")
    #expect(saved.contains("▶ ◔ Ghana"))
    let journal = try DashboardEndToEndTests.journal(session)
    #expect(
      journal.last.map { Array($0.suffix(5)) } == [
        "step", "2025-03-01", "before-parliament", "https://example.org/ghana",
        "Bill laid before parliament",
      ])

    try session.press("Enter")
    let detail = try session.waitForScreen(containing: "Timeline", "2/4 before parliament")
    #expect(detail.contains("“Bill laid before parliament”"))
    #expect(detail.contains("https://example.org/ghana"))
    try session.press("Escape")

    try session.press("u")
    let undone = try session.waitForScreen(containing: "Undid step 'before parliament'")
    #expect(!undone.contains("in process"))
    try session.press("C-r")
    try session.waitForScreen(containing: "Redid step 'before parliament'", "◔ 1 in process")

    // A restart reads the step back from the journal.
    try session.press("q")
    _ = try session.waitForPrompt()
    _ = try DashboardEndToEndTests.startDashboard(in: session, expecting: 48)
    try session.waitForScreen(containing: "◔ 1 in process")

    // Time travel to the day before the step: Ghana is a signatory again.
    try session.press("t", "C-u")
    try session.type("2025-02-28")
    try session.press("Enter")
    let before = try session.waitForScreen(containing: "viewing as of 2025-02-28")
    #expect(!before.contains("in process"))
    try session.press(".")
    try session.waitForScreen(containing: "◔ 1 in process")

    // A deposit moves Ghana out of "in process" (the filter was kept across the restart).
    try session.press("4", "/", "C-u")
    try session.type("Ghana")
    try session.press("Enter", "m")
    try session.waitForScreen(containing: "Mark a change for Ghana", "◉ r ratification")
    try session.press("C-u")
    try session.type("2025-09-01")
    try session.press("Enter")
    let deposited = try session.waitForScreen(
      containing: DashboardEndToEndTests.headerCount(49))
    #expect(!deposited.contains("in process"))
    try session.press("q")
    _ = try session.waitForPrompt()
  }
}
