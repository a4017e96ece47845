import Dashboard
import TerminalUI
import TestSupport
import Testing
import TreatyModel
import WorldMap

/// The targets view of the Parties pane: its groups, region filter, map and keys.
@Suite("Targets view")
struct TargetsViewTests {
  typealias F = DashboardFixtures
  let view = DashboardView()

  /// A state with the targets view open and its data loaded, as the run loop would do it.
  private func targetsState(width: Int, height: Int) throws -> AppState {
    var state = try F.state(width: width, height: height)
    let effects = F.press(&state, .character("4"), .character("T"))
    #expect(effects == [.loadRelatedTreaties])
    let related = try RelatedTreaties.load(
      from: F.resources, participants: state.model.ledger.dataset.participants)
    F.send(&state, .relatedTreatiesLoaded(related))
    return state
  }

  @Test("T opens the signatories group; → shows the 74 WPPT parties outside the treaty")
  func groupsAndCounts() throws {
    var state = try targetsState(width: 120, height: 40)
    #expect(state.parties.showsTargets)
    #expect(state.parties.counts.listed == 51)
    F.press(&state, .right)
    #expect(state.parties.targetGroup == .wpptNotBTAP)
    #expect(state.parties.counts.listed == 74)
    #expect(
      state.parties.rows.allSatisfy { $0.entry?.target?.groups.contains(.wpptNotBTAP) ?? true })
    F.press(&state, .left, .left)
    #expect(state.parties.targetGroup == .otherMembers)
    #expect(state.parties.counts.listed == 43)
    F.press(&state, .character("R"))
    #expect(state.parties.targetRegion == .africa)
    #expect(
      state.parties.rows.allSatisfy { $0.entry.map { $0.participant.region == .africa } ?? true })
    F.press(&state, .escape)
    #expect(!state.parties.showsTargets)
    #expect(state.parties.counts.parties == 48)
  }

  @Test("a mark that makes a WPPT party a BTAP party takes it off the list")
  func markRemovesATarget() throws {
    var state = try targetsState(width: 120, height: 40)
    F.press(&state, .right)
    #expect(state.parties.listedCodes.contains("AT"))
    var workspace = try F.workspace()
    try workspace.mark(code: "AT", action: .ratification(F.date("2025-10-05")), clock: F.clock)
    F.send(
      &state, .saved(DashboardModel(workspace: workspace), message: "Saved", externalEntries: 0))
    #expect(!state.parties.listedCodes.contains("AT"))
    #expect(state.parties.counts.listed == 73)
  }

  @Test("time travel turns the targets back: on 2012-07-01 China is a signatory and a WPPT party")
  func timeTravel() throws {
    var state = try targetsState(width: 120, height: 40)
    F.press(&state, .right)
    #expect(!state.parties.listedCodes.contains("CN"))
    F.send(&state, .openDatePrompt)
    F.press(&state, .backspace, .backspace, .backspace, .backspace, .backspace)
    F.press(&state, .backspace, .backspace, .backspace, .backspace, .backspace)
    for character in "2012-07-01" { F.press(&state, .character(character)) }
    F.press(&state, .enter)
    #expect(state.date == F.date("2012-07-01"))
    #expect(state.parties.listedCodes.contains("CN"))
  }

  @Test("the targets view at 120×40")
  func wide() throws {
    var state = try targetsState(width: 120, height: 40)
    F.press(&state, .right)
    assertSnapshot(lines: view.render(state).lines, named: "targets-120x40")
  }

  @Test("the targets view at 80×24, in Europe")
  func narrow() throws {
    var state = try targetsState(width: 80, height: 24)
    F.press(&state, .character("R"), .character("R"), .character("R"))
    assertSnapshot(lines: view.render(state).lines, named: "targets-europe-80x24")
  }

  @Test("the map coloured by target group at 120×40")
  func map() throws {
    var state = try targetsState(width: 120, height: 40)
    F.press(&state, .character("z"), .character("M"))
    F.send(&state, .mapLoaded(try WorldMap.load(from: F.resources + "/world-map.txt")))
    assertSnapshot(lines: view.render(state).lines, named: "targets-map-120x40")
  }
}
