import TerminalUI
import TreatyModel
import WorldMap

/// Applies one action to the state and returns the effects to run.
///
/// Pure: no I/O, no clock.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
  var effects: [Effect] = []
  switch action {
  case .focus(let pane):
    state.focus = pane
    state.isFiltering = false
    effects.append(.saveInterfaceState)
  case .focusNext:
    state.focus = state.focus.next
    state.isFiltering = false
    effects.append(.saveInterfaceState)
  case .focusPrevious:
    state.focus = state.focus.previous
    state.isFiltering = false
    effects.append(.saveInterfaceState)
  case .toggleZoom:
    state.isZoomed.toggle()
  case .moveSelection(let delta):
    move(&state, by: delta)
  case .moveToFirst:
    move(&state, by: Int.min / 2)
  case .moveToLast:
    move(&state, by: Int.max / 2)
  case .pageUp:
    move(&state, by: -pageSize(state))
  case .pageDown:
    move(&state, by: pageSize(state))
  case .openDetail:
    switch state.focus {
    case .parties: state.isPartyDetailOpen = state.selectedParty != nil
    case .news:
      if let item = state.selectedNews {
        state.isNewsDetailOpen = true
        if !state.model.readState.isRead(item.id) {
          effects.append(.setRead(identifier: item.id, read: true))
        }
      }
    case .overview, .rights: break
    }
  case .cancel:
    if state.modal != .none {
      state.modal = .none
    } else if state.isFiltering {
      state.isFiltering = false
      state.partyFilter.clear()
      state.refreshPartyRows()
      effects.append(.saveInterfaceState)
    } else if state.focus == .parties, state.isPartyDetailOpen {
      state.isPartyDetailOpen = false
    } else if state.focus == .parties, state.isMapShown {
      state.isMapShown = false
    } else if state.focus == .news, state.isNewsDetailOpen {
      state.isNewsDetailOpen = false
    } else if state.focus == .parties, !state.partyFilter.isEmpty {
      state.partyFilter.clear()
      state.refreshPartyRows()
      effects.append(.saveInterfaceState)
    } else if state.isZoomed {
      state.isZoomed = false
    } else if state.viewedDate != nil {
      state.viewedDate = nil
      state.refreshPartyRows()
      state.status = .info("Back to today, \(state.today)")
    }
  case .confirm:
    effects += confirm(&state)
  case .showHelp:
    state.modal = state.modal == .help ? .none : .help
  case .beginFilter:
    state.focus = .parties
    state.isFiltering = true
    state.isPartyDetailOpen = false
  case .cycleSort:
    guard state.focus == .parties else { break }
    state.partySort = state.partySort.next
    state.refreshPartyRows()
    state.status = .info("Parties sorted \(state.partySort.label)")
    effects.append(.saveInterfaceState)
  case .toggleEligible:
    guard state.focus == .parties else { break }
    state.showsEligible.toggle()
    state.refreshPartyRows()
    state.status = .info(
      state.showsEligible
        ? "Listing every state that may join, too" : "Listing signatories and parties only")
    effects.append(.saveInterfaceState)
  case .stepBack:
    let current = state.date
    if let previous = state.depositDates.last(where: { $0 < current }) {
      travel(&state, to: previous)
    } else {
      state.status = .info("No deposit before \(current)")
    }
  case .stepForward:
    let current = state.date
    if let next = state.depositDates.first(where: { $0 > current }), next < state.today {
      travel(&state, to: next)
    } else if state.viewedDate != nil {
      state.viewedDate = nil
      state.refreshPartyRows()
      state.status = .info("Back to today, \(state.today)")
    }
  case .openDatePrompt:
    var field = TextField(maxLength: 10)
    field.insert(state.date.description)
    state.modal = .datePrompt(field, error: nil)
  case .returnToToday:
    state.viewedDate = nil
    state.refreshPartyRows()
    state.status = .info("Back to today, \(state.today)")
  case .beginMark:
    beginMark(&state)
  case .chooseMarkKind(let kind):
    if case .mark(var dialog) = state.modal {
      dialog.kind = kind
      dialog.error = nil
      state.modal = .mark(dialog)
    }
  case .cycleMarkKind(let step):
    if case .mark(var dialog) = state.modal {
      let kinds = MarkDialogState.Kind.allCases
      let index = kinds.firstIndex(of: dialog.kind) ?? 0
      dialog.kind = kinds[(index + step + kinds.count) % kinds.count]
      dialog.error = nil
      state.modal = .mark(dialog)
    }
  case .toggleMap:
    state.focus = .parties
    state.isPartyDetailOpen = false
    state.isMapShown.toggle()
    if state.isMapShown, state.worldMap == nil {
      state.status = .info("Loading the world map…")
      effects.append(.loadMap)
    }
  case .mapMove(let direction):
    guard let map = state.worldMap, let current = state.selectedParty?.participant.code else {
      break
    }
    let candidates = state.partyRows.compactMap { $0.entry?.participant.code }
    if let next = MapNavigation.nearest(
      from: current, direction: direction, candidates: candidates, map: map)
    {
      state.selectParty(code: next)
      keepSelectionVisible(&state)
    }
  case .mapLoaded(let map):
    state.worldMap = map
    state.status = .info("World map: arrows jump between countries, Enter selects, M or Esc closes")
  case .undo:
    if state.model.undoTarget == nil {
      state.status = .error("Nothing to undo")
    } else {
      effects.append(.undo)
    }
  case .redo:
    if state.model.redoTarget == nil {
      state.status = .error("Nothing to redo")
    } else {
      effects.append(.redo)
    }
  case .toggleRead:
    if state.focus == .news, let item = state.selectedNews {
      effects.append(
        .setRead(identifier: item.id, read: !state.model.readState.isRead(item.id)))
    }
  case .textInput(let key):
    textInput(&state, key)
  case .quit:
    // The run loop gives the terminal back first, then remembers the interface state.
    state.shouldQuit = true
  case .resized(let size):
    state.size = size
  case .clicked(let x, let y):
    click(&state, x: x, y: y)
  case .scrolled(let delta, let x, let y):
    if let pane = DashboardLayout.compute(state).pane(atX: x, y: y) { state.focus = pane }
    move(&state, by: delta)
  case .tick(let today):
    if today != state.today {
      state.today = today
      state.refreshPartyRows()
    }
    effects.append(.checkForExternalChanges)
  case .saved(let model, let message, let external):
    state.model = model
    state.refreshPartyRows()
    state.status = .info(
      external > 0
        ? "\(message) (also loaded \(external) change\(external == 1 ? "" : "s") saved by another btap)"
        : message)
  case .failed(let message):
    state.status = .error(message)
  case .refused(let model, let message):
    state.model = model
    state.refreshPartyRows()
    state.status = .error(message)
  case .externalChangesLoaded(let model, let count):
    state.model = model
    state.refreshPartyRows()
    state.status = .info("Loaded \(count) change\(count == 1 ? "" : "s") saved by another btap")
  }
  return effects
}

/// Rows a page key moves: the focused pane's inner height.
private func pageSize(_ state: AppState) -> Int {
  let frame = DashboardLayout.compute(state).panes[state.focus]
  return max(1, (frame?.height ?? 10) - 3)
}

private func move(_ state: inout AppState, by delta: Int) {
  switch state.focus {
  case .overview:
    state.overviewScroll = max(0, state.overviewScroll + max(-10_000, min(10_000, delta)))
  case .rights:
    state.rightsList.moveBy(delta)
  case .news:
    state.newsList.moveBy(delta)
  case .parties:
    let before = state.partiesList.selectedIndex ?? 0
    state.partiesList.moveBy(delta)
    state.selectNearestParty(
      from: state.partiesList.selectedIndex ?? 0, direction: delta >= 0 ? 1 : -1)
    if state.selectedParty == nil { state.partiesList.select(before) }
  }
  keepSelectionVisible(&state)
}

/// Scrolls the focused list so its selection stays in view, remembering the offset so the
/// list does not jump when the selection moves back.
func keepSelectionVisible(_ state: inout AppState) {
  guard let frame = DashboardLayout.compute(state).panes[state.focus] else { return }
  switch state.focus {
  case .rights:
    state.rightsList.scrollByHalfPagesToKeepSelectionVisible(viewHeight: frame.height - 2)
  case .news:
    state.newsList.scrollByHalfPagesToKeepSelectionVisible(viewHeight: frame.height - 2)
  case .parties:
    state.partiesList.scrollByHalfPagesToKeepSelectionVisible(
      viewHeight: PartiesPane.listHeight(frameHeight: frame.height))
  case .overview: break
  }
}

private func travel(_ state: inout AppState, to date: CalendarDate) {
  state.viewedDate = date
  state.refreshPartyRows()
  let progress = state.model.rules.progress(of: state.model.ledger.participants, on: date)
  state.status = .info(
    "Viewing the treaty as of \(date): \(progress.parties) of \(progress.threshold) parties"
      + "  ([ ] step, Esc returns to today)")
}

private func beginMark(_ state: inout AppState) {
  guard state.focus == .parties, let entry = state.selectedParty else {
    state.status = .error("Select a state in the Parties pane (4) to mark it")
    return
  }
  let participant = entry.participant
  let kind: MarkDialogState.Kind
  if participant.depositDate != nil {
    kind = .denunciation
  } else if participant.signatureDate != nil {
    kind = .ratification
  } else {
    kind = .accession
  }
  state.isFiltering = false
  state.modal = .mark(
    MarkDialogState(
      partyCode: participant.code, partyName: participant.name, kind: kind, today: state.today))
}

private func confirm(_ state: inout AppState) -> [Effect] {
  switch state.modal {
  case .mark(var dialog):
    guard let date = CalendarDate(dialog.dateField.text) else {
      dialog.error = "'\(dialog.dateField.text)' is not a date: use YYYY-MM-DD"
      state.modal = .mark(dialog)
      return []
    }
    let action = dialog.kind.action(on: date)
    do throws(MarkError) {
      try state.model.ledger.validate(action, code: dialog.partyCode, today: state.today)
    } catch {
      dialog.error = error.description
      state.modal = .mark(dialog)
      return []
    }
    state.modal = .none
    return [.saveMark(code: dialog.partyCode, action: action)]
  case .datePrompt(let field, _):
    guard let date = CalendarDate(field.text) else {
      state.modal = .datePrompt(field, error: "'\(field.text)' is not a date: use YYYY-MM-DD")
      return []
    }
    state.modal = .none
    if date >= state.today {
      state.viewedDate = nil
      state.refreshPartyRows()
      state.status = .info("Back to today, \(state.today)")
    } else {
      travel(&state, to: date)
    }
    return []
  case .help:
    state.modal = .none
    return []
  case .none:
    if state.isFiltering {
      state.isFiltering = false
      return [.saveInterfaceState]
    }
    if state.isMapShown {
      state.isMapShown = false
      if let name = state.selectedParty?.participant.name {
        state.status = .info("Selected \(name) in the list")
      }
    }
    return []
  }
}

private func textInput(_ state: inout AppState, _ key: Key) {
  switch state.modal {
  case .mark(var dialog):
    if case .character(let character) = key, !(character.isNumber || character == "-") {
      return
    }
    _ = dialog.dateField.handle(key)
    dialog.error = nil
    state.modal = .mark(dialog)
  case .datePrompt(var field, _):
    if case .character(let character) = key, !(character.isNumber || character == "-") {
      return
    }
    _ = field.handle(key)
    state.modal = .datePrompt(field, error: nil)
  case .none, .help:
    guard state.isFiltering else { return }
    if state.partyFilter.handle(key) {
      state.refreshPartyRows()
      state.partiesList.first()
      state.selectNearestParty(from: 0, direction: 1)
    }
  }
}

private func click(_ state: inout AppState, x: Int, y: Int) {
  guard state.modal == .none else { return }
  let layout = DashboardLayout.compute(state)
  if let tabs = layout.tabs, tabs.contains(x: x, y: y) {
    let titles = Pane.allCases.map { "\($0.number) \($0.title)" }
    if let index = Tabs(titles).index(atX: x, area: tabs), let pane = Pane(rawValue: index) {
      state.focus = pane
    }
    return
  }
  guard let pane = layout.pane(atX: x, y: y), let frame = layout.panes[pane] else { return }
  state.focus = pane
  // Rows inside the border; lists with a header row start one lower.
  let row = y - frame.y - 1
  switch pane {
  case .rights:
    if let index = visibleIndex(state.rightsList, row: row, height: frame.height - 2) {
      state.rightsList.select(index)
    }
  case .news:
    if !state.isNewsDetailOpen,
      let index = visibleIndex(state.newsList, row: row, height: frame.height - 2)
    {
      state.newsList.select(index)
    }
  case .parties:
    if state.isMapShown, let map = state.worldMap {
      let area = MapView.mapArea(in: frame)
      if let code = MapView.country(atX: x, y: y, area: area, map: map, state: state) {
        state.selectParty(code: code)
        keepSelectionVisible(&state)
      }
      return
    }
    let listHeight = PartiesPane.listHeight(frameHeight: frame.height)
    if !state.isPartyDetailOpen,
      let index = visibleIndex(state.partiesList, row: row - 1, height: listHeight),
      index < state.partyRows.count, state.partyRows[index].entry != nil
    {
      state.partiesList.select(index)
    }
  case .overview: break
  }
}

private func visibleIndex(_ list: ListState, row: Int, height: Int) -> Int? {
  guard row >= 0, row < height else { return nil }
  return list.scrolledToKeepSelectionVisible(viewHeight: height).index(atVisibleRow: row)
}
