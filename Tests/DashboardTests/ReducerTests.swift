import Dashboard
import TerminalUI
import Testing
import TreatyModel

@Suite("reduce: the new state and effects for each action")
struct ReducerTests {
  typealias F = DashboardFixtures

  @Test("the parties list opens on the first party, below its region heading")
  func initialSelection() throws {
    let state = try F.state()
    #expect(state.focus == .parties)
    #expect(state.partiesList.selectedIndex == 1)
    #expect(state.selectedParty?.participant.name == "Algeria")
    #expect(state.partyRows.count == 99 + Region.allCases.count)
  }

  @Test("the remembered interface state is applied before the parties list is built")
  func rememberedState() throws {
    var remembered = InterfaceState()
    remembered.focus = .news
    remembered.sort = .name
    remembered.filter = "united"
    remembered.showsEligible = true
    let state = AppState(
      model: DashboardModel(workspace: try F.workspace(), revision: 0), today: F.today,
      size: Size(width: 120, height: 40), remembered: remembered)
    #expect(state.focus == .news)
    #expect(state.partySort == .name)
    #expect(state.partyFilter.text == "united")
    #expect(state.showsEligible)
    #expect(
      state.partyRows.compactMap { $0.entry?.participant.name } == [
        "United Arab Emirates", "United Kingdom", "United Republic of Tanzania",
        "United States of America",
      ])
    #expect(state.partyInputs?.filter == "united")
  }

  @Test("focus moves and asks to remember it")
  func focus() throws {
    var state = try F.state()
    #expect(F.send(&state, .focusNext) == [.saveInterfaceState])
    #expect(state.focus == .overview)
    F.send(&state, .focusPrevious, .focusPrevious)
    #expect(state.focus == .news)
    F.send(&state, .focus(.rights))
    #expect(state.focus == .rights)
  }

  @Test("moving skips region headings and stops at the ends")
  func movement() throws {
    var state = try F.state()
    #expect(F.send(&state, .moveSelection(-1)).isEmpty)
    #expect(state.selectedParty?.participant.code == "DZ")
    F.send(&state, .moveToLast)
    #expect(state.selectedParty?.participant.code == "US")
    F.send(&state, .moveSelection(-1))
    #expect(state.selectedParty?.participant.region == .middleEast)
    F.send(&state, .moveToFirst)
    #expect(state.partiesList.selectedIndex == 1)
  }

  @Test("the filter matches names without accents, codes, regions and statuses")
  func filter() throws {
    var state = try F.state()
    F.send(&state, .beginFilter)
    #expect(state.isFiltering)
    F.type(&state, "cote")
    #expect(state.partyRows.compactMap(\.entry?.participant.code) == ["CI"])
    F.send(&state, .cancel)
    #expect(state.partyFilter.text.isEmpty)
    F.send(&state, .beginFilter)
    F.type(&state, "Côte")
    #expect(state.partyRows.compactMap(\.entry?.participant.code) == ["CI"])
    F.send(&state, .confirm)
    #expect(!state.isFiltering)
    #expect(state.partyFilter.text == "Côte")
    state.partyFilter.clear()
    F.send(&state, .beginFilter)
    F.type(&state, "pending")
    #expect(state.partyRows.compactMap(\.entry).isEmpty)
    F.send(&state, .cancel)
    F.send(&state, .beginFilter)
    F.type(&state, "ke")
    #expect(state.partyRows.compactMap(\.entry?.participant.code).contains("KE"))
  }

  @Test("sorting by deposit lists parties in deposit order")
  func sorting() throws {
    var state = try F.state()
    F.send(&state, .cycleSort, .cycleSort)
    #expect(state.partySort == .deposit)
    let codes = state.partyRows.compactMap(\.entry?.participant.code)
    #expect(Array(codes.prefix(3)) == ["SY", "BW", "SK"])
    #expect(codes[29] == "ID")
    #expect(codes[47] == "KN")
    #expect(state.status == .info("Parties sorted by deposit"))
  }

  @Test("the mark dialog proposes the likeliest kind and today's date")
  func beginMark() throws {
    var state = try F.state()
    state.selectParty(code: "FR")
    F.send(&state, .beginMark)
    guard case .mark(let dialog) = state.modal else {
      Issue.record("no dialog")
      return
    }
    #expect(dialog.kind == .ratification)
    #expect(dialog.dateField.text == "2026-11-25")
    F.send(&state, .cancel)
    state.showsEligible = true
    state.refreshPartyRows()
    state.selectParty(code: "CA")
    F.send(&state, .beginMark)
    guard case .mark(let canada) = state.modal else {
      Issue.record("no dialog")
      return
    }
    #expect(canada.kind == .accession)
  }

  @Test("confirming checks the date and the rules before asking to save")
  func confirmMark() throws {
    var state = try F.state()
    state.selectParty(code: "KE")
    F.send(&state, .beginMark, .chooseMarkKind(.ratification))
    #expect(F.send(&state, .confirm).isEmpty)
    guard case .mark(let refused) = state.modal else {
      Issue.record("dialog closed")
      return
    }
    #expect(refused.error == "Kenya already deposited its ratification on 2019-11-15")
    F.send(&state, .cancel)

    state.selectParty(code: "FR")
    F.send(&state, .beginMark)
    for _ in 0..<10 { F.send(&state, .textInput(.backspace)) }
    F.type(&state, "2026-02-3x0")
    if case .mark(let dialog) = state.modal { #expect(dialog.dateField.text == "2026-02-30") }
    #expect(F.send(&state, .confirm).isEmpty)
    if case .mark(let dialog) = state.modal {
      #expect(dialog.error == "'2026-02-30' is not a date: use YYYY-MM-DD")
    }
    F.send(&state, .textInput(.backspace), .textInput(.backspace))
    F.type(&state, "28")
    let effects = F.send(&state, .confirm)
    #expect(effects == [.saveMark(code: "FR", action: .ratification(F.date("2026-02-28")))])
    #expect(state.modal == .none)
  }

  @Test(
    "time travel steps through deposit dates; 2019-12-31 has 29 parties and no entry into force")
  func timeTravel() throws {
    var state = try F.state()
    F.send(&state, .stepBack)
    #expect(state.viewedDate == F.date("2024-07-08"))
    F.send(&state, .openDatePrompt)
    for _ in 0..<10 { F.send(&state, .textInput(.backspace)) }
    F.type(&state, "2019-12-31")
    F.send(&state, .confirm)
    #expect(state.viewedDate == F.date("2019-12-31"))
    let progress = state.model.rules.progress(of: state.model.ledger.participants, on: state.date)
    #expect(progress.parties == 29)
    #expect(progress.entryIntoForce == nil)
    let indonesia = state.partyRows.compactMap(\.entry).first { $0.participant.code == "ID" }
    #expect(indonesia?.status == .signatory)
    let kenya = state.partyRows.compactMap(\.entry).first { $0.participant.code == "KE" }
    #expect(kenya?.status == .pending(inForceOn: nil))
    F.send(&state, .stepForward)
    #expect(state.viewedDate == F.date("2020-01-28"))
    #expect(
      state.partyRows.compactMap(\.entry).first { $0.participant.code == "KE" }?.status
        == .pending(inForceOn: F.date("2020-04-28")))
    F.send(&state, .cancel)
    #expect(state.viewedDate == nil)
    #expect(state.status == .info("Back to today, 2026-11-25"))
  }

  @Test("undo and redo ask for an effect only when there is something to do")
  func undoRedo() throws {
    var state = try F.state()
    #expect(F.send(&state, .undo).isEmpty)
    #expect(state.status == .error("Nothing to undo"))
    #expect(F.send(&state, .redo).isEmpty)
    #expect(state.status == .error("Nothing to redo"))
  }

  @Test("opening a news item marks it read; r toggles")
  func news() throws {
    var state = try F.state()
    F.send(&state, .focus(.news))
    #expect(
      F.send(&state, .openDetail) == [
        .setRead(identifier: "fia-2020-04-28-historic-day", read: true)
      ])
    #expect(state.isNewsDetailOpen)
    F.send(&state, .cancel)
    #expect(!state.isNewsDetailOpen)
    F.send(&state, .moveSelection(1))
    #expect(
      F.send(&state, .toggleRead) == [.setRead(identifier: "wipo-2020-01-28-indonesia", read: true)]
    )
  }

  @Test("a tick on a new day refreshes today and asks to look for other copies' changes")
  func tick() throws {
    var state = try F.state()
    #expect(F.send(&state, .tick(today: F.date("2026-11-26"))) == [.checkForExternalChanges])
    #expect(state.today == F.date("2026-11-26"))
  }

  @Test("resizing below 80×24 shows the too-small screen; back up restores the grid")
  func resize() throws {
    var state = try F.state()
    F.send(&state, .resized(Size(width: 40, height: 10)))
    #expect(state.isTooSmall)
    F.send(&state, .resized(Size(width: 80, height: 24)))
    #expect(!state.isTooSmall)
    #expect(!state.showsGrid)
    F.send(&state, .resized(Size(width: 120, height: 40)))
    #expect(state.showsGrid)
  }

  @Test("Esc closes the innermost thing first")
  func cancelOrder() throws {
    var state = try F.state()
    F.send(&state, .stepBack, .toggleZoom, .openDetail, .showHelp)
    #expect(state.modal == .help)
    F.send(&state, .cancel)
    #expect(state.modal == .none)
    #expect(state.isPartyDetailOpen)
    F.send(&state, .cancel)
    #expect(!state.isPartyDetailOpen)
    #expect(state.isZoomed)
    F.send(&state, .cancel)
    #expect(!state.isZoomed)
    #expect(state.viewedDate != nil)
    F.send(&state, .cancel)
    #expect(state.viewedDate == nil)
  }

  @Test("a click focuses the pane under it and selects the row")
  func click() throws {
    var state = try F.state()
    let layout = DashboardLayout.compute(state)
    let rights = try #require(layout.panes[.rights])
    F.send(&state, .clicked(x: rights.x + 3, y: rights.y + 1 + 4))
    #expect(state.focus == .rights)
    #expect(state.selectedArticle?.number == 5)
    let parties = try #require(layout.panes[.parties])
    F.send(&state, .clicked(x: parties.x + 5, y: parties.y + 2 + 3))
    #expect(state.focus == .parties)
    #expect(state.selectedParty?.participant.code == "BF")
  }

  @Test("quitting only flags the state; the run loop restores the terminal, then saves")
  func quit() throws {
    var state = try F.state()
    #expect(F.send(&state, .quit).isEmpty)
    #expect(state.shouldQuit)
  }
}
