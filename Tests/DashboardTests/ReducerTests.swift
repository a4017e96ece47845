import Dashboard
import TerminalUI
import Testing
import TreatyModel

/// Each test sends actions and states the whole state expected after each one.
@Suite("reduce: the whole new state and the effects for each action")
struct ReducerTests {
  typealias F = DashboardFixtures

  @Test("the parties list opens on the first party, below its region heading")
  func initialSelection() throws {
    let state = try F.state()
    #expect(state.focus == .parties)
    #expect(state.parties.mode == .list)
    #expect(state.parties.list.selectedIndex == 1)
    #expect(state.parties.selectedCode == "DZ")
    #expect(state.parties.rows.count == 99 + Region.allCases.count)
    #expect(state.snapshot == TreatySnapshot(ledger: state.model.ledger, on: F.today))
  }

  @Test("the remembered interface state is applied before the parties list is built")
  func rememberedState() throws {
    var remembered = InterfaceState()
    remembered.focus = .news
    remembered.sort = .name
    remembered.filter = "united"
    remembered.showsEligible = true
    let state = AppState(
      model: DashboardModel(workspace: try F.workspace()), today: F.today,
      size: Size(width: 120, height: 40), remembered: remembered)
    #expect(state.focus == .news)
    #expect(state.parties.sort == .name)
    #expect(state.parties.filter.text == "united")
    #expect(state.parties.showsEveryState)
    #expect(
      state.parties.rows.compactMap { $0.entry?.participant.name } == [
        "United Arab Emirates", "United Kingdom", "United Republic of Tanzania",
        "United States of America",
      ])
    #expect(state.remembered.focus == .news)
  }

  @Test("focus moves without effects: the interface state is remembered at quit")
  func focus() throws {
    var state = try F.state()
    F.expect(&state, .focusNext) { $0.focus = .overview }
    F.expect(&state, .focusPrevious) { $0.focus = .parties }
    F.expect(&state, .focusPrevious) { $0.focus = .news }
    F.expect(&state, .focus(.rights)) { $0.focus = .rights }
  }

  @Test("moving skips region headings and stops at the ends")
  func movement() throws {
    var state = try F.state()
    let height = try #require(DashboardLayout(state).listBody(of: .parties)?.height)
    F.expect(&state, .moveSelection(-1))
    F.expect(&state, .moveToLast) {
      $0.parties.select(code: "US")
      $0.parties.list.scrollByHalfPagesToKeepSelectionVisible(viewHeight: height)
    }
    F.expect(&state, .moveSelection(-1)) {
      $0.parties.moveSelection(by: -1)
      $0.parties.list.scrollByHalfPagesToKeepSelectionVisible(viewHeight: height)
    }
    #expect(state.parties.selected?.participant.region == .middleEast)
    F.expect(&state, .moveToFirst) {
      $0.parties.select(code: "DZ")
      $0.parties.list.scrollByHalfPagesToKeepSelectionVisible(viewHeight: height)
    }
  }

  @Test("the filter matches names without accents, codes, regions and statuses")
  func filter() throws {
    var state = try F.state()
    F.expect(&state, .beginFilter) { $0.parties.mode = .filtering }
    F.type(&state, "cote")
    #expect(state.parties.rows.compactMap(\.entry?.code) == ["CI"])
    F.expect(&state, .cancel) {
      $0.parties.mode = .list
      $0.parties.filter.clear()
    }
    F.send(&state, .beginFilter)
    F.type(&state, "Côte")
    #expect(state.parties.rows.compactMap(\.entry?.code) == ["CI"])
    F.expect(&state, .confirm) { $0.parties.mode = .list }
    #expect(state.parties.filter.text == "Côte")
    F.expect(&state, .cancel) { $0.parties.filter.clear() }
    F.send(&state, .beginFilter)
    F.type(&state, "pending")
    #expect(state.parties.rows.compactMap(\.entry).isEmpty)
    F.send(&state, .cancel, .beginFilter)
    F.type(&state, "ke")
    #expect(state.parties.rows.compactMap(\.entry?.code).contains("KE"))
  }

  @Test("a filter for a state that never signed says that e lists it, and e does")
  func filterForAStateThatNeverSigned() throws {
    var state = try F.state()
    F.send(&state, .beginFilter)
    F.type(&state, "Canada")
    #expect(state.parties.rows.isEmpty)
    #expect(state.parties.filterMatchesOnlyUnlisted)
    F.send(&state, .confirm)
    F.expect(&state, .toggleEveryState) {
      $0.parties.showsEveryState = true
      $0.status = .info("Listing every state that may join, too")
    }
    #expect(state.parties.rows.compactMap(\.entry?.code) == ["CA"])
    #expect(!state.parties.filterMatchesOnlyUnlisted)
  }

  @Test("sorting by deposit lists parties in deposit order")
  func sorting() throws {
    var state = try F.state()
    F.send(&state, .cycleSort)
    F.expect(&state, .cycleSort) {
      $0.parties.sort = .deposit
      $0.status = .info("Parties sorted by deposit")
    }
    let codes = state.parties.rows.compactMap(\.entry?.code)
    #expect(Array(codes.prefix(3)) == ["SY", "BW", "SK"])
    #expect(codes[29] == "ID")
    #expect(codes[47] == "KN")
  }

  @Test("PgDn moves by the rows the list shows, less one, and keeps the selection in view")
  func pageDown() throws {
    for size in [Size(width: 120, height: 40), Size(width: 80, height: 24)] {
      var state = try F.state(width: size.width, height: size.height)
      F.send(&state, .cycleSort, .cycleSort)
      let body = try #require(DashboardLayout(state).listBody(of: .parties))
      let before = try #require(state.parties.list.selectedIndex)
      F.send(&state, .pageDown)
      let after = try #require(state.parties.list.selectedIndex)
      #expect(after - before == body.height - 1, "\(size)")
      let window = state.parties.list.window(viewHeight: body.height).rows
      #expect(window.contains(after), "\(size)")
    }
  }

  @Test("the mark dialog proposes the likeliest kind and today's date")
  func beginMark() throws {
    var state = try F.state()
    F.select(&state, code: "FR")
    F.expect(&state, .beginMark) {
      $0.modal = .mark(
        MarkDialogState(
          partyCode: "FR", partyName: "France", kind: .ratification, today: F.today))
    }
    F.send(&state, .cancel, .toggleEveryState)
    F.select(&state, code: "CA")
    F.expect(&state, .beginMark) {
      $0.modal = .mark(
        MarkDialogState(partyCode: "CA", partyName: "Canada", kind: .accession, today: F.today))
    }
  }

  @Test("confirming checks the date and the rules before asking to save")
  func confirmMark() throws {
    var state = try F.state()
    F.select(&state, code: "KE")
    F.send(&state, .beginMark, .chooseMarkKind(.ratification))
    guard case .mark(var dialog) = state.modal else {
      Issue.record("no dialog")
      return
    }
    dialog.error = "Kenya already deposited its ratification on 2019-11-15"
    let refused = dialog
    F.expect(&state, .confirm) { $0.modal = .mark(refused) }
    F.send(&state, .cancel)

    F.select(&state, code: "FR")
    F.send(&state, .beginMark)
    for _ in 0..<10 { F.send(&state, .textInput(.backspace)) }
    F.type(&state, "2026-02-3x0")
    if case .mark(let dialog) = state.modal { #expect(dialog.dateField.text == "2026-02-30") }
    F.send(&state, .confirm)
    if case .mark(let dialog) = state.modal {
      #expect(dialog.error == "'2026-02-30' is not a date: use YYYY-MM-DD")
    }
    F.send(&state, .textInput(.backspace), .textInput(.backspace))
    F.type(&state, "28")
    F.expect(
      &state, .confirm,
      effects: [.saveMark(code: "FR", action: .ratification(F.date("2026-02-28")))]
    ) { $0.modal = .none }
  }

  @Test(
    "time travel steps through deposit dates; 2019-12-31 has 29 parties and no entry into force")
  func timeTravel() throws {
    var state = try F.state()
    F.expect(&state, .stepBack) {
      $0.viewedDate = F.date("2024-07-08")
      $0.status = .info(
        "Viewing the treaty as of 2024-07-08: 48 of 30 parties  ([ ] step, Esc returns to today)")
    }
    F.send(&state, .openDatePrompt)
    for _ in 0..<10 { F.send(&state, .textInput(.backspace)) }
    F.type(&state, "2019-12-31")
    F.expect(&state, .confirm) {
      $0.modal = .none
      $0.viewedDate = F.date("2019-12-31")
      $0.status = .info(
        "Viewing the treaty as of 2019-12-31: 29 of 30 parties  ([ ] step, Esc returns to today)")
    }
    #expect(state.snapshot.progress.parties == 29)
    #expect(state.snapshot.progress.entryIntoForce == nil)
    #expect(state.snapshot.standing(code: "ID")?.status == .signatory)
    #expect(state.snapshot.standing(code: "KE")?.status == .pending(inForceOn: nil))
    F.send(&state, .stepForward)
    #expect(state.viewedDate == F.date("2020-01-28"))
    #expect(
      state.parties.rows.compactMap(\.entry).first { $0.code == "KE" }?.status
        == .pending(inForceOn: F.date("2020-04-28")))
    F.expect(&state, .cancel) {
      $0.viewedDate = nil
      $0.status = .info("Back to today, 2026-11-25")
    }
  }

  @Test("undo and redo ask for an effect only when there is something to do")
  func undoRedo() throws {
    var state = try F.state()
    F.expect(&state, .undo) { $0.status = .error("Nothing to undo") }
    F.expect(&state, .redo) { $0.status = .error("Nothing to redo") }
  }

  @Test("opening a news item marks it read; r toggles")
  func news() throws {
    var state = try F.state()
    F.send(&state, .focus(.news))
    F.expect(
      &state, .openDetail,
      effects: [.setRead(identifier: "fia-2020-04-28-historic-day", read: true)]
    ) { $0.news.mode = .detail }
    F.expect(&state, .cancel) { $0.news.mode = .list }
    F.send(&state, .moveSelection(1))
    F.expect(
      &state, .toggleRead, effects: [.setRead(identifier: "wipo-2020-01-28-indonesia", read: true)])
  }

  @Test("a tick sets today and asks to look for other copies' changes")
  func tick() throws {
    var state = try F.state()
    F.expect(&state, .tick(today: F.date("2026-11-26")), effects: [.checkForExternalChanges]) {
      $0.today = F.date("2026-11-26")
    }
  }

  @Test("resizing below 80×24 shows the too-small screen; back up restores the grid")
  func resize() throws {
    var state = try F.state()
    F.expect(&state, .resized(Size(width: 40, height: 10))) {
      $0.size = Size(width: 40, height: 10)
    }
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
    F.expect(&state, .cancel) { $0.modal = .none }
    F.expect(&state, .cancel) { $0.parties.mode = .list }
    F.expect(&state, .cancel) { $0.isZoomed = false }
    F.expect(&state, .cancel) {
      $0.viewedDate = nil
      $0.status = .info("Back to today, 2026-11-25")
    }
  }

  @Test("a click focuses the pane under it and selects the row")
  func click() throws {
    var state = try F.state()
    let layout = DashboardLayout(state)
    let rights = try #require(layout.listBody(of: .rights))
    F.expect(&state, .clicked(x: rights.x + 3, y: rights.y + 4)) {
      $0.focus = .rights
      $0.rights.select(4)
    }
    #expect(state.selectedArticle?.number == 5)
    let parties = try #require(layout.listBody(of: .parties))
    F.expect(&state, .clicked(x: parties.x + 5, y: parties.y + 3)) {
      $0.focus = .parties
      $0.parties.select(code: "BF")
    }
  }

  @Test("quitting flags the state and asks to remember the interface state")
  func quit() throws {
    var state = try F.state()
    F.send(&state, .cycleSort)
    var remembered = InterfaceState()
    remembered.sort = .name
    F.expect(&state, .quit, effects: [.saveInterfaceState(remembered)]) { $0.shouldQuit = true }
  }
}
