import TerminalUI
import TreatyModel
import WorldMap

/// Applies one action to the state and returns the effects to run.
///
/// Pure: no I/O, no clock. After the action, the derived values (snapshot, parties rows) are
/// rebuilt from their inputs by ``AppState/reconcile()``; geometry comes from
/// ``DashboardLayout``, the same value the view draws with.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
  let effects = apply(action, to: &state)
  state.reconcile()
  return effects
}

private func apply(_ action: Action, to state: inout AppState) -> [Effect] {
  switch action {
  case .focus(let pane):
    focus(&state, pane)
  case .focusNext:
    focus(&state, state.focus.next)
  case .focusPrevious:
    focus(&state, state.focus.previous)
  case .toggleZoom:
    state.isZoomed.toggle()
  case .moveSelection(let delta) where state.modal.isHelp:
    scrollHelp(&state, by: delta)
  case .moveToFirst where state.modal.isHelp:
    scrollHelp(&state, by: -10_000)
  case .moveToLast where state.modal.isHelp:
    scrollHelp(&state, by: 10_000)
  case .pageUp where state.modal.isHelp:
    scrollHelp(&state, by: -helpPage(state))
  case .pageDown where state.modal.isHelp:
    scrollHelp(&state, by: helpPage(state))
  case .moveSelection(let delta) where state.modal.isProposals:
    if case .proposals(var list) = state.modal {
      list.moveBy(delta)
      state.modal = .proposals(list)
    }
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
    return openDetail(&state)
  case .cancel:
    cancel(&state)
  case .confirm:
    return confirm(&state)
  case .showHelp:
    state.modal = state.modal.isHelp ? .none : .help(scroll: 0)
  case .beginFilter:
    state.focus = .parties
    state.parties.mode = .filtering
  case .cycleSort:
    guard state.focus == .parties else { break }
    state.parties.sort = state.parties.sort.next
    state.status = .info("Parties sorted \(state.parties.sort.label)")
  case .toggleEveryState:
    guard state.focus == .parties else { break }
    state.parties.showsEveryState.toggle()
    state.status = .info(
      state.parties.showsEveryState
        ? "Listing every state that may join, too" : "Listing signatories and parties only")
  case .stepBack:
    let current = state.date
    if let previous = state.model.depositDates.last(where: { $0 < current }) {
      travel(&state, to: previous)
    } else {
      state.status = .info("No deposit before \(current)")
    }
  case .stepForward:
    let current = state.date
    if let next = state.model.depositDates.first(where: { $0 > current }), next < state.today {
      travel(&state, to: next)
    } else if state.viewedDate != nil {
      returnToToday(&state)
    }
  case .openDatePrompt:
    var field = TextField(maxLength: 10)
    field.insert(state.date.description)
    state.modal = .datePrompt(field, error: nil)
  case .returnToToday:
    returnToToday(&state)
  case .beginMark:
    beginMark(&state)
  case .beginStep:
    beginStep(&state)
  case .cycleStepStage(let step):
    if case .step(var dialog) = state.modal {
      dialog.cycleStage(by: step)
      state.modal = .step(dialog)
    }
  case .cycleStepField(let step):
    if case .step(var dialog) = state.modal {
      dialog.cycleFocus(by: step)
      state.modal = .step(dialog)
    }
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
    if state.parties.mode == .map {
      state.parties.mode = .list
    } else {
      state.parties.mode = .map
      if state.worldMap == nil {
        state.status = .info("Loading the world map…")
        return [.loadMap]
      }
    }
  case .toggleChart:
    state.focus = .overview
    state.overviewShowsChart.toggle()
  case .toggleTargets:
    state.focus = .parties
    state.parties.showsTargets.toggle()
    if state.parties.mode == .detail || state.parties.mode == .filtering {
      state.parties.mode = .list
    }
    guard state.parties.showsTargets else {
      state.status = .info("Listing signatories and parties")
      break
    }
    if state.relatedTreaties == nil {
      state.status = .info("Loading the sister treaties…")
      return [.loadRelatedTreaties]
    }
    state.status = .info(targetsMessage)
  case .cycleTargetGroup(let step):
    guard state.parties.showsTargets else { break }
    let groups = TargetGroup.allCases
    let index = groups.firstIndex(of: state.parties.targetGroup) ?? 0
    state.parties.targetGroup = groups[(index + step + groups.count) % groups.count]
    state.parties.selectedCode = nil
    state.parties.list.first()
  case .cycleTargetRegion:
    guard state.parties.showsTargets else { break }
    let regions = Region.allCases.sorted()
    if let current = state.parties.targetRegion, let index = regions.firstIndex(of: current) {
      state.parties.targetRegion = index + 1 < regions.count ? regions[index + 1] : nil
    } else {
      state.parties.targetRegion = regions.first
    }
    state.parties.selectedCode = nil
    state.parties.list.first()
    state.status = .info("Targets in \(state.parties.targetRegion?.rawValue ?? "every region")")
  case .relatedTreatiesLoaded(let related):
    state.relatedTreaties = related
    state.status = .info(targetsMessage)
  case .mapMove(let direction):
    guard let map = state.worldMap, let current = state.parties.selectedCode else { break }
    if let next = MapNavigation.nearest(
      from: current, direction: direction, candidates: state.parties.listedCodes, map: map)
    {
      state.parties.select(code: next)
      keepSelectionVisible(&state)
    }
  case .mapLoaded(let map):
    state.worldMap = map
    state.status = .info("World map: arrows jump between countries, Enter picks, M or Esc closes")
  case .undo:
    guard let target = state.model.undoTarget else {
      state.status = .error("Nothing to undo")
      break
    }
    return [.undo(description: state.model.describe(target))]
  case .redo:
    guard let target = state.model.redoTarget else {
      state.status = .error("Nothing to redo")
      break
    }
    return [.redo(description: state.model.describe(target))]
  case .openProposals:
    state.modal = .proposals(ListState(itemCount: state.model.proposals.count))
    if state.model.proposals.isEmpty {
      state.status = .info("No proposals: import a notification with btap notifications import")
    }
  case .dismissProposal:
    guard let proposal = state.selectedProposal else { break }
    guard proposal.status.isWaiting else {
      state.status = .info(
        "Proposal \(proposal.id) is \(proposal.status.keyword): nothing to dismiss")
      break
    }
    return [.dismissProposal(proposal.event)]
  case .toggleRead:
    if state.focus == .news, let item = state.selectedNews {
      return [.setRead(identifier: item.id, read: !state.model.readState.isRead(item.id))]
    }
  case .textInput(let key):
    textInput(&state, key)
  case .quit:
    state.shouldQuit = true
    return [.saveInterfaceState(state.remembered)]
  case .resized(let size):
    state.size = size
  case .clicked(let x, let y):
    click(&state, x: x, y: y)
  case .scrolled(let delta, let x, let y):
    if let pane = DashboardLayout(state).pane(atX: x, y: y) { state.focus = pane }
    move(&state, by: delta)
  case .tick(let today):
    state.today = today
    return [.checkForExternalChanges]
  case .proposalsReviewed(let proposals):
    state.model.setProposals(proposals)
  case .saved(let model, let message, let external):
    state.adopt(model)
    state.status = .info(
      external > 0
        ? "\(message) (also loaded \(external) change\(external == 1 ? "" : "s") saved by another btap)"
        : message)
  case .failed(let message):
    state.status = .error(message)
  case .refused(let model, let message):
    state.adopt(model)
    state.status = .error(message)
  case .externalChangesLoaded(let model, let count):
    state.adopt(model)
    state.status = .info("Loaded \(count) change\(count == 1 ? "" : "s") saved by another btap")
  case .fetchFeeds:
    if let running = state.fetch {
      let step = running.total > 0 ? " (\(running.position) of \(running.total))" : ""
      state.status = .info("Already fetching your feeds\(step)…")
      return []
    }
    state.fetch = FetchProgress()
    state.status = .info("Fetching your feeds…")
    return [.startFetch(timeoutSeconds: feedTimeoutSeconds)]
  case .fetchProgressed(let event):
    state.fetch?.record(event)
    switch event {
    case .started, .fetching:
      state.status = .info(event.description)
    case .finished:
      break
    case .completed:
      state.status = state.fetch?.closingMessage(event.description) ?? .info(event.description)
    }
  case .fetchEnded(let model, let failure):
    state.adopt(model)
    state.fetch = nil
    if let failure { state.status = .error(failure) }
  case .openLink:
    guard let item = state.selectedNews, state.focus == .news else { return [] }
    guard Subscription.isFetchable(item.link) else {
      state.status = .info("This item has no web link to open.")
      return []
    }
    state.status = .info("Opening \(item.link) in your browser…")
    return [.openLink(item.link)]
  }
  return []
}

/// How long the dashboard's fetch gives each feed, in seconds (as `btap news fetch`).
let feedTimeoutSeconds = 30

/// What the status line says when the targets view opens.
private let targetsMessage =
  "Targets: ← → change the group, R the region, M the map, T back to every party"

/// Rows a page key scrolls the help.
private func helpPage(_ state: AppState) -> Int {
  HelpLayout.page(in: state.size, lineCount: HelpLayout.lineCount(age: state.dataAge))
}

private func scrollHelp(_ state: inout AppState, by delta: Int) {
  guard case .help(let scroll) = state.modal else { return }
  let lines = HelpLayout.lineCount(age: state.dataAge)
  let limit = lines - HelpLayout.visibleRows(in: state.size, lineCount: lines)
  state.modal = .help(scroll: max(0, min(max(0, limit), scroll + delta)))
}

private func focus(_ state: inout AppState, _ pane: Pane) {
  state.focus = pane
  if state.parties.mode == .filtering { state.parties.mode = .list }
}

/// Rows a page key moves: the focused list's visible rows, less one kept for context.
private func pageSize(_ state: AppState) -> Int {
  max(1, (DashboardLayout(state).listBody(of: state.focus)?.height ?? 2) - 1)
}

private func move(_ state: inout AppState, by delta: Int) {
  switch state.focus {
  case .overview:
    state.overviewScroll = max(0, state.overviewScroll + max(-10_000, min(10_000, delta)))
  case .rights:
    state.rights.moveBy(delta)
  case .news:
    state.news.list.moveBy(delta)
  case .parties:
    state.parties.moveSelection(by: delta)
  }
  keepSelectionVisible(&state)
}

/// Scrolls the focused list so its selection stays in view, remembering the offset so the
/// list does not jump when the selection moves back.
private func keepSelectionVisible(_ state: inout AppState) {
  guard let body = DashboardLayout(state).listBody(of: state.focus) else { return }
  switch state.focus {
  case .rights: state.rights.scrollByHalfPagesToKeepSelectionVisible(viewHeight: body.height)
  case .news: state.news.list.scrollByHalfPagesToKeepSelectionVisible(viewHeight: body.height)
  case .parties:
    state.parties.list.scrollByHalfPagesToKeepSelectionVisible(viewHeight: body.height)
  case .overview: break
  }
}

private func openDetail(_ state: inout AppState) -> [Effect] {
  switch state.focus {
  case .parties:
    if state.parties.selected != nil { state.parties.mode = .detail }
  case .news:
    guard let item = state.selectedNews else { break }
    state.news.mode = .detail
    if !state.model.readState.isRead(item.id) {
      return [.setRead(identifier: item.id, read: true)]
    }
  case .overview, .rights: break
  }
  return []
}

/// Closes what is open, innermost first: a dialog, the filter being typed, a detail, the
/// map, a kept filter, the zoom, time travel.
private func cancel(_ state: inout AppState) {
  if state.modal != .none {
    state.modal = .none
    return
  }
  if state.focus == .parties {
    switch state.parties.mode {
    case .filtering:
      state.parties.mode = .list
      state.parties.filter.clear()
      return
    case .detail, .map:
      state.parties.mode = .list
      return
    case .list:
      if !state.parties.filter.isEmpty {
        state.parties.filter.clear()
        return
      }
      if state.parties.showsTargets {
        state.parties.showsTargets = false
        return
      }
    }
  }
  if state.focus == .news, state.news.mode == .detail {
    state.news.mode = .list
  } else if state.isZoomed {
    state.isZoomed = false
  } else if state.viewedDate != nil {
    returnToToday(&state)
  }
}

private func returnToToday(_ state: inout AppState) {
  state.viewedDate = nil
  state.status = .info("Back to today, \(state.today)")
}

private func travel(_ state: inout AppState, to date: CalendarDate) {
  state.viewedDate = date
  // The snapshot of the new date, built once: the reconcile after the action then finds it
  // current.
  state.reconcile()
  let progress = state.snapshot.progress
  state.status = .info(
    "Viewing the treaty as of \(date): \(progress.parties) of \(progress.threshold) parties"
      + "  ([ ] step, Esc returns to today)")
}

private func beginMark(_ state: inout AppState) {
  guard state.focus == .parties, let entry = state.parties.selected else {
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
  if state.parties.mode == .filtering { state.parties.mode = .list }
  state.modal = .mark(
    MarkDialogState(
      partyCode: participant.code, partyName: participant.name, kind: kind, today: state.today))
}

/// Opens the step dialog for the selected state, at the stage after its furthest step.
///
/// A state that deposited may still get steps dated before its deposit (its history).
private func beginStep(_ state: inout AppState) {
  guard state.focus == .parties, let entry = state.parties.selected else {
    state.status = .error("Select a state in the Parties pane (4) to record its step")
    return
  }
  let participant = entry.participant
  if state.parties.mode == .filtering { state.parties.mode = .list }
  state.modal = .step(
    StepDialogState(
      partyCode: participant.code, partyName: participant.name,
      stage: StepDialogState.proposedStage(after: participant.steps), today: state.today))
}

private func confirm(_ state: inout AppState) -> [Effect] {
  switch state.modal {
  case .step(var dialog):
    guard let action = dialog.action else {
      dialog.error = dialog.problem
      state.modal = .step(dialog)
      return []
    }
    do throws(MarkError) {
      try state.model.ledger.validate(action, code: dialog.partyCode, today: state.today)
    } catch {
      dialog.error = error.description
      state.modal = .step(dialog)
      return []
    }
    state.modal = .none
    return [.saveNotedMark(code: dialog.partyCode, action: action, note: dialog.noteText)]
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
      returnToToday(&state)
    } else {
      travel(&state, to: date)
    }
    return []
  case .help:
    state.modal = .none
    return []
  case .proposals:
    guard let proposal = state.selectedProposal else { return [] }
    if case .confirmed(let source) = proposal.status, proposal.event.declarations.isEmpty {
      state.status = .info("Proposal \(proposal.id) is already known (\(source))")
      return []
    }
    return [.acceptProposal(proposal.event)]
  case .none:
    guard state.focus == .parties else { return [] }
    switch state.parties.mode {
    case .filtering:
      state.parties.mode = .list
    case .map:
      state.parties.mode = .list
      if let name = state.parties.selected?.participant.name {
        state.status = .info("Selected \(name) in the list")
      }
    case .list, .detail: break
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
  case .step(var dialog):
    dialog.edit(key)
    state.modal = .step(dialog)
  case .datePrompt(var field, _):
    if case .character(let character) = key, !(character.isNumber || character == "-") {
      return
    }
    _ = field.handle(key)
    state.modal = .datePrompt(field, error: nil)
  case .proposals:
    return
  case .none, .help:
    guard state.parties.mode == .filtering, state.parties.filter.handle(key) else { return }
    // A new filter starts from the top of what it finds.
    state.parties.selectedCode = nil
    state.parties.list.first()
  }
}

private func click(_ state: inout AppState, x: Int, y: Int) {
  guard state.modal == .none else { return }
  let layout = DashboardLayout(state)
  if let pane = layout.tab(atX: x, y: y) {
    focus(&state, pane)
    return
  }
  guard let pane = layout.pane(atX: x, y: y) else { return }
  focus(&state, pane)
  let body = layout.listBody(of: pane) ?? Rect(x: 0, y: 0, width: 0, height: 0)
  switch pane {
  case .rights:
    if let index = visibleIndex(state.rights, x: x, y: y, body: body) {
      state.rights.select(index)
    }
  case .news:
    if state.news.mode == .list, let index = visibleIndex(state.news.list, x: x, y: y, body: body) {
      state.news.list.select(index)
    }
  case .parties:
    if state.parties.mode == .map, let map = state.worldMap, let area = layout.parties?.map {
      if let code = MapNavigation.country(
        atX: x, y: y, area: area, map: map, candidates: Set(state.parties.listedCodes))
      {
        state.parties.select(code: code)
        keepSelectionVisible(&state)
      }
      return
    }
    if let index = visibleIndex(state.parties.list, x: x, y: y, body: body),
      index < state.parties.rows.count, let entry = state.parties.rows[index].entry
    {
      state.parties.select(code: entry.code)
    }
  case .overview: break
  }
}

/// The list index drawn at a cell of a list's body, if any.
private func visibleIndex(_ list: ListState, x: Int, y: Int, body: Rect) -> Int? {
  guard body.contains(x: x, y: y) else { return nil }
  return list.scrolledToKeepSelectionVisible(viewHeight: body.height).index(
    atVisibleRow: y - body.y)
}
