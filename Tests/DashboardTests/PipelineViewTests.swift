import TerminalUI
import TestSupport
import Testing
import TreatyModel
import WorldMap

@testable import Dashboard

/// Steps in the dashboard: the `w` dialog, the party's timeline, and the "in process" status
/// in the header, the list, the map and time travel.
@Suite("Pipeline in the dashboard")
struct PipelineViewTests {
  typealias F = DashboardFixtures
  let view = DashboardView()

  /// A state over a workspace where Ghana took two steps (one with source and note).
  private func stateWithSteps(width: Int, height: Int) throws -> AppState {
    var workspace = try F.workspace()
    return try stateWithSteps(width: width, height: height, workspace: &workspace)
  }

  /// The same, over a workspace the test keeps to run the effects on.
  private func stateWithSteps(
    width: Int, height: Int, workspace: inout Workspace
  ) throws -> AppState {
    try workspace.mark(
      code: "GH", action: .step(.consultation, source: "", F.date("2024-11-05")),
      note: "Ministry of Culture asks for views", clock: F.clock)
    try workspace.mark(
      code: "GH",
      action: .step(
        .beforeParliament, source: "https://example.org/ghana/bill-2025", F.date("2025-03-01")),
      note: "Bill laid before parliament", clock: F.clock)
    var state = AppState(
      model: DashboardModel(workspace: workspace), today: F.today,
      size: Size(width: width, height: height))
    F.press(&state, .character("4"))
    F.select(&state, code: "GH")
    return state
  }

  @Test("w opens the dialog at the stage after the furthest one; Enter saves the step and note")
  func recordAStep() throws {
    var state = try stateWithSteps(width: 120, height: 40)
    F.press(&state, .character("w"))
    guard case .step(let opened) = state.modal else {
      Issue.record("no step dialog")
      return
    }
    #expect(opened.partyCode == "GH")
    #expect(opened.stage == .approved)
    #expect(opened.date.text == "2026-11-25")
    F.press(&state, .down, .down)
    if case .step(let dialog) = state.modal { #expect(dialog.stage == .consultation) }
    F.press(&state, .down, .down)
    F.press(&state, .control("u"))
    F.type(&state, "2025-0x6-01")
    F.press(&state, .tab)
    F.type(&state, "https://example.org/vote")
    F.press(&state, .tab)
    F.type(&state, " Approved by 180 votes ")
    F.press(&state, .tab)
    if case .step(let dialog) = state.modal {
      #expect(dialog.focus == .date)
      #expect(dialog.date.text == "2025-06-01")
      #expect(dialog.noteText == "Approved by 180 votes")
    }
    let effects = F.press(&state, .enter)
    #expect(
      effects == [
        .saveNotedMark(
          code: "GH",
          action: .step(.approved, source: "https://example.org/vote", F.date("2025-06-01")),
          note: "Approved by 180 votes")
      ])
    #expect(state.modal == .none)
  }

  @Test("the dialog shows what is wrong and saves nothing: a bad date, source or late step")
  func refusedInput() throws {
    var state = try stateWithSteps(width: 120, height: 40)
    F.press(&state, .character("w"), .control("u"))
    F.type(&state, "2025-02-30")
    #expect(F.press(&state, .enter).isEmpty)
    if case .step(let dialog) = state.modal {
      #expect(dialog.error == "'2025-02-30' is not a date: use YYYY-MM-DD")
    }
    F.press(&state, .backspace, .backspace)
    F.type(&state, "28")
    F.press(&state, .tab)
    F.type(&state, "example.org")
    #expect(F.press(&state, .enter).isEmpty)
    if case .step(let dialog) = state.modal {
      #expect(dialog.error == "the source 'example.org' is not a web address (https://…)")
    }
    F.press(&state, .escape)
    #expect(state.modal == .none)
    // China deposited in 2014: a step today would come after its deposit.
    F.select(&state, code: "CN")
    F.press(&state, .character("w"))
    #expect(F.press(&state, .enter).isEmpty)
    if case .step(let dialog) = state.modal {
      #expect(
        dialog.error == "China deposited on 2014-07-09; a step on the way cannot come after it")
    }
  }

  @Test("undo and redo take the step back and restore it, and the header counts it")
  func undoRedoAndCounts() throws {
    var workspace = try F.workspace()
    var state = try stateWithSteps(width: 120, height: 40, workspace: &workspace)
    #expect(state.snapshot.counts.inProcess == 1)
    #expect(state.parties.selected?.status == .inProcess(.beforeParliament))
    #expect(view.render(state).lines[1].contains("+18 beyond · ◔ 1 in process"))
    let description = "step 'before parliament' for Ghana on 2025-03-01"
    #expect(F.press(&state, .character("u")) == [.undo(description: description)])
    try workspace.undo(clock: F.clock)
    F.send(
      &state, .saved(DashboardModel(workspace: workspace), message: "Undid", externalEntries: 0))
    #expect(state.parties.selected?.status == .inProcess(.consultation))
    #expect(F.press(&state, .control("r")) == [.redo(description: description)])
    try workspace.redo(clock: F.clock)
    F.send(
      &state, .saved(DashboardModel(workspace: workspace), message: "Redid", externalEntries: 0))
    #expect(state.parties.selected?.status == .inProcess(.beforeParliament))
    // A fresh start over the same files finds both steps.
    let reopened = try Workspace.open(locations: workspace.locations)
    #expect(reopened.ledger.participant(code: "GH")?.steps.count == 2)
  }

  @Test("time travel before the first step shows a signatory; a deposit ends 'in process'")
  func timeTravelAndDeposit() throws {
    var state = try stateWithSteps(width: 120, height: 40)
    F.send(&state, .openDatePrompt)
    F.press(&state, .control("u"))
    F.type(&state, "2024-11-04")
    F.press(&state, .enter)
    #expect(state.parties.selected?.status == .signatory)
    #expect(state.snapshot.counts.inProcess == 0)
    #expect(!view.render(state).lines[1].contains("in process"))
    F.press(&state, .escape)
    var workspace = try F.workspace()
    try workspace.mark(
      code: "GH", action: .step(.approved, source: "", F.date("2025-05-01")), clock: F.clock)
    try workspace.mark(code: "GH", action: .ratification(F.date("2025-09-01")), clock: F.clock)
    F.send(
      &state, .saved(DashboardModel(workspace: workspace), message: "Saved", externalEntries: 0))
    #expect(state.snapshot.counts.inProcess == 0)
    #expect(state.snapshot.standing(code: "GH")?.status.isParty == true)
  }

  @Test("the party's timeline at 120×40")
  func timelineWide() throws {
    var state = try stateWithSteps(width: 120, height: 40)
    F.press(&state, .enter)
    assertSnapshot(lines: view.render(state).lines, named: "pipeline-timeline-120x40")
  }

  @Test("the party's timeline at 80×24, zoomed")
  func timelineNarrow() throws {
    var state = try stateWithSteps(width: 80, height: 24)
    F.press(&state, .enter, .character("z"))
    assertSnapshot(lines: view.render(state).lines, named: "pipeline-timeline-80x24")
  }

  @Test("the step dialog at 80×24, in ASCII")
  func dialogNarrowASCII() throws {
    var state = try stateWithSteps(width: 80, height: 24)
    F.press(&state, .character("w"), .tab)
    F.type(&state, "https://example.org/a")
    let ascii = DashboardView(theme: Theme(isASCII: true))
    assertSnapshot(lines: ascii.render(state).lines, named: "pipeline-dialog-ascii-80x24")
  }

  @Test("the map draws the state in process striped, with the legend")
  func mapLegend() throws {
    var state = try stateWithSteps(width: 120, height: 40)
    F.press(&state, .character("z"), .character("M"))
    F.send(&state, .mapLoaded(try WorldMap.load(from: F.resources + "/world-map.txt")))
    let lines = view.render(state).lines
    #expect(lines.contains { $0.contains("◔ in process (striped)") })
    #expect(MapView.isLit(x: 0, y: 0, status: .inProcess(.approved)))
    #expect(!MapView.isLit(x: 0, y: 1, status: .inProcess(.approved)))
  }
}
