import TerminalUI
import TreatyModel
import WorldMap

/// The dashboard's run loop over any backend: read an event, turn it into an action, reduce,
/// run the effects (saving to disk), feed their results back, draw.
///
/// All I/O happens here, never in ``reduce(_:_:)``; every failure comes back as a message on
/// the status line.
public struct DashboardRunner<Backend: TerminalBackend> {
  /// The terminal (real or headless).
  public private(set) var backend: Backend
  /// The user's data.
  public private(set) var workspace: Workspace
  /// The dashboard's state.
  public private(set) var state: AppState
  /// How long to wait for a key before looking for other copies' changes.
  public var tickMilliseconds = 1000
  private let clock: Clock
  private let view: DashboardView
  private var revision = 0
  private var lastDrawn: Buffer?

  /// Prepares a dashboard; nothing is drawn until ``run()`` or ``draw()``.
  public init(backend: Backend, workspace: Workspace, clock: Clock, theme: Theme = Theme()) {
    self.backend = backend
    self.workspace = workspace
    self.clock = clock
    view = DashboardView(theme: theme)
    var state = AppState(
      model: DashboardModel(workspace: workspace, revision: 0), today: clock.today,
      size: backend.size, remembered: InterfaceState.load(directory: workspace.locations.state))
    if let incomplete = workspace.store.incompleteLastLine {
      state.status = .error(
        "\(workspace.store.path):\(incomplete): an interrupted save left an incomplete line; "
          + "it will be set aside on the next save")
    }
    self.state = state
  }

  /// Runs until the user quits or a terminating signal arrives.
  public mutating func run() throws {
    try draw()
    while !state.shouldQuit {
      let event = backend.nextEvent(timeoutMilliseconds: tickMilliseconds)
      handle(event)
      if state.shouldQuit { break }
      try draw()
    }
    // Give the terminal back before any file work, so quitting feels instant.
    backend.restore()
    _ = perform(.saveInterfaceState)
  }

  /// Handles one event (nil means the wait timed out).
  public mutating func handle(_ event: InputEvent?) {
    guard let event else {
      dispatch(.tick(today: clock.today))
      return
    }
    switch event {
    case .key(let key):
      if let action = Keymap.action(for: key, in: state) { dispatch(action) }
    case .mouse(let mouse):
      switch mouse.kind {
      case .press: dispatch(.clicked(x: mouse.x, y: mouse.y))
      case .wheelUp: dispatch(.scrolled(-3, x: mouse.x, y: mouse.y))
      case .wheelDown: dispatch(.scrolled(3, x: mouse.x, y: mouse.y))
      }
    case .resize(let size):
      dispatch(.resized(size))
    case .terminate:
      dispatch(.quit)
    }
  }

  /// Draws the current state; the backend sends only what changed.
  public mutating func draw() throws {
    let buffer = view.render(state)
    if buffer != lastDrawn {
      try backend.draw(buffer)
      lastDrawn = buffer
    }
  }

  /// Reduces an action and runs the effects it asks for, until none are left.
  public mutating func dispatch(_ action: Action) {
    var pending = [action]
    while !pending.isEmpty {
      let next = pending.removeFirst()
      for effect in reduce(&state, next) {
        if let result = perform(effect) { pending.append(result) }
      }
    }
  }

  private mutating func perform(_ effect: Effect) -> Action? {
    switch effect {
    case .saveMark(let code, let action):
      return save("Saved") { workspace, clock throws(StoreError) in
        try workspace.mark(code: code, action: action, clock: clock)
      }
    case .undo:
      let described = state.model.undoTarget.map { state.model.describe($0) } ?? "mark"
      return save("Undid \(described)") { workspace, clock throws(StoreError) in
        try workspace.undo(clock: clock)
      }
    case .redo:
      let described = state.model.redoTarget.map { state.model.describe($0) } ?? "mark"
      return save("Redid \(described)") { workspace, clock throws(StoreError) in
        try workspace.redo(clock: clock)
      }
    case .setRead(let identifier, let read):
      do {
        try workspace.setRead(identifier, read: read, clock: clock)
        return .saved(
          newModel(), message: read ? "Marked read" : "Marked unread", externalEntries: 0)
      } catch {
        return .failed("Could not save the read state: \(error)")
      }
    case .saveInterfaceState:
      var remembered = InterfaceState()
      remembered.focus = state.focus
      remembered.sort = state.partySort
      remembered.filter = state.partyFilter.text
      remembered.showsEligible = state.showsEligible
      remembered.lastVisit = state.shouldQuit ? clock.now : state.newSince
      do {
        try remembered.save(directory: workspace.locations.state)
        return nil
      } catch {
        return .failed("Could not save the interface state: \(error)")
      }
    case .loadMap:
      let path = FileSystem.join(workspace.locations.resources, "world-map.txt")
      do throws(WorldMapError) {
        return .mapLoaded(try WorldMap.load(from: path))
      } catch {
        return .failed("Could not load the world map: \(error)")
      }
    case .checkForExternalChanges:
      do {
        let added = try workspace.refresh()
        return added > 0 ? .externalChangesLoaded(newModel(), count: added) : nil
      } catch {
        return .failed("Could not reload your marks: \(error)")
      }
    }
  }

  private mutating func save(
    _ message: String,
    _ operation: (inout Workspace, Clock) throws(StoreError) -> MarkStore.SaveResult
  ) -> Action {
    do throws(StoreError) {
      let result = try operation(&workspace, clock)
      var text = message
      if case .mark(let mark) = result.entry.operation {
        text += " " + DashboardModel(workspace: workspace, revision: revision).describe(mark)
      }
      return .saved(
        newModel(), message: text + "  ·  saved to \(workspace.store.path)",
        externalEntries: result.externalEntries)
    } catch {
      // The journal may have been re-read while saving: show the freshest data with the error.
      return .refused(newModel(), message: "Not saved: \(error)")
    }
  }

  private mutating func newModel() -> DashboardModel {
    revision += 1
    return DashboardModel(workspace: workspace, revision: revision)
  }
}
