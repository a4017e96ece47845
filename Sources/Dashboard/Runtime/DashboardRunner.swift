import TerminalUI
import TreatyModel
import WorldMap

/// The dashboard's run loop over any backend: read an event, turn it into an action, reduce,
/// run the effects (saving to disk), feed their results back, draw.
///
/// All I/O happens here, never in ``reduce(_:_:)``; every failure comes back as a message on
/// the status line. The runner never changes the state itself and never reads it to run an
/// effect: effects carry what they need.
public struct DashboardRunner<Backend: TerminalBackend> {
  /// The terminal (real or headless) and the frame it shows.
  public private(set) var terminal: Terminal<Backend>
  /// The user's data.
  public private(set) var workspace: Workspace
  /// The dashboard's state.
  public private(set) var state: AppState
  /// How long to wait for a key before looking for other copies' changes.
  public var tickMilliseconds = 1000
  /// How long to wait for a key while a fetch runs, so its progress shows promptly.
  public var fetchPollMilliseconds = 100
  /// How long to wait for a key while proposals are reviewed, so their count shows promptly.
  public var reviewPollMilliseconds = 5
  /// The feed helper fetching in the background, if one runs.
  private var fetchHelper: FeedHelper?
  /// The review of proposals running beside the loop, and the workspace's revision it read.
  private var pendingReview: (revision: Int, work: SideThread<[ReviewedProposal]>)?
  /// Lines the helper wrote that are not events: its error messages.
  private var fetchErrors: [String] = []
  private let clock: Clock
  private let view: DashboardView
  /// Effects asked for on the way out, run once the terminal is given back.
  private var effectsAtExit: [Effect] = []

  /// Prepares a dashboard; nothing is drawn until ``run()`` or ``draw()``.
  public init(backend: Backend, workspace: Workspace, clock: Clock, theme: Theme = Theme()) {
    terminal = Terminal(backend: backend)
    self.workspace = workspace
    self.clock = clock
    view = DashboardView(theme: theme)
    var warning: StatusMessage?
    if let incomplete = workspace.store.incompleteLastLine {
      warning = .error(
        "\(workspace.store.path):\(incomplete): an interrupted save left an incomplete line; "
          + "it will be set aside on the next save")
    }
    state = AppState(
      model: DashboardModel(workspace: workspace, reviewingProposals: false),
      today: clock.today, size: backend.size,
      remembered: InterfaceState.load(directory: workspace.locations.state), status: warning)
  }

  /// Runs until the user quits or a terminating signal arrives.
  public mutating func run() throws {
    try draw()
    startReview()
    while !state.shouldQuit {
      let wait =
        pendingReview != nil
        ? reviewPollMilliseconds : fetchHelper == nil ? tickMilliseconds : fetchPollMilliseconds
      let event = terminal.nextEvent(timeoutMilliseconds: wait)
      let before = state
      handle(event)
      pollReview(waiting: false)
      pollFetch()
      if state.shouldQuit { break }
      // A frame is drawn from the state alone: an unchanged state (most ticks) needs none,
      // unless the terminal lost what it showed.
      if state != before || terminal.backend.needsFullRepaint { try draw() }
    }
    // Give the terminal back before any file work, so quitting feels instant.
    terminal.restore()
    stopFetch()
    for effect in effectsAtExit { _ = perform(effect) }
    effectsAtExit = []
  }

  /// Reviews the proposals the news and the saved notifications carry (waiting for the
  /// review ``run()`` started, if one runs), and shows their count.
  public mutating func reviewProposals() throws {
    let before = state
    if pendingReview == nil { startReview() }
    pollReview(waiting: true)
    if state != before { try draw() }
  }

  /// Starts reviewing the proposals on a thread of its own: with ten thousand news items it
  /// takes longer than the first frame (about 25 ms), and keys are answered meanwhile.
  private mutating func startReview() {
    let reviewed = workspace
    pendingReview = (workspace.revision, SideThread { reviewed.reviewedProposals() })
  }

  /// Takes the review's result once it is done (or, `waiting`, when it is): as it is when
  /// the workspace is still the one it read, else reviewed again at once (a save or a fetch
  /// came first; the kept parts of a review make that quick).
  private mutating func pollReview(waiting: Bool) {
    guard let pending = pendingReview, waiting || pending.work.isFinished else { return }
    pendingReview = nil
    let reviewed = pending.work.join()
    dispatch(
      .proposalsReviewed(
        pending.revision == workspace.revision ? reviewed : workspace.reviewedProposals()))
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

  /// Reads what the background fetch reported since the last look, without waiting, and
  /// turns it into actions; when the helper has finished, loads what it imported.
  public mutating func pollFetch() {
    guard var helper = fetchHelper else { return }
    var lines: [String] = []
    var finished = false
    reading: while true {
      switch helper.read(blocking: false) {
      case .nothingYet:
        break reading
      case .lines(let more):
        lines += more
      case .finished(let last):
        lines += last
        finished = true
        break reading
      }
    }
    fetchHelper = finished ? nil : helper
    for line in lines {
      if let event = FetchEvent(line: line) {
        dispatch(.fetchProgressed(event))
      } else if line.hasPrefix(FeedHelper.errorPrefix) {
        fetchErrors.append(
          QuotedText.cleanLines(String(line.dropFirst(FeedHelper.errorPrefix.count))))
      }
    }
    guard finished else { return }
    let status = helper.wait()
    var failure: String?
    if status != 0 && status != 74 || !fetchErrors.isEmpty {
      failure = fetchErrors.first.map { "Fetch failed: " + $0 } ?? "Fetch failed (status \(status))"
    }
    fetchErrors = []
    do {
      try workspace.refreshNews()
      try workspace.refresh()
    } catch {
      failure = "Could not load the fetched news: \(error)"
    }
    dispatch(.fetchEnded(DashboardModel(workspace: workspace), failure: failure))
  }

  /// Stops a fetch still running (the dashboard is quitting); what it saved stays saved.
  private mutating func stopFetch() {
    guard let helper = fetchHelper else { return }
    helper.terminate()
    _ = helper.wait()
    fetchHelper = nil
  }

  /// Draws the current state; the terminal sends only the cells that changed.
  public mutating func draw() throws {
    try terminal.draw(view.render(state))
  }

  /// Reduces an action and runs the effects it asks for, until none are left.
  public mutating func dispatch(_ action: Action) {
    var pending = [action]
    while !pending.isEmpty {
      let next = pending.removeFirst()
      for effect in reduce(&state, next) {
        if state.shouldQuit, case .saveInterfaceState = effect {
          effectsAtExit.append(effect)
        } else if let result = perform(effect) {
          pending.append(result)
        }
      }
    }
  }

  private mutating func perform(_ effect: Effect) -> Action? {
    switch effect {
    case .saveMark(let code, let action):
      return save("Saved") { workspace, clock throws(StoreError) in
        try workspace.mark(code: code, action: action, clock: clock)
      }
    case .saveNotedMark(let code, let action, let note):
      return save("Saved") { workspace, clock throws(StoreError) in
        try workspace.mark(code: code, action: action, note: note, clock: clock)
      }
    case .undo(let description):
      return save("Undid \(description)") { workspace, clock throws(StoreError) in
        try workspace.undo(clock: clock)
      }
    case .redo(let description):
      return save("Redid \(description)") { workspace, clock throws(StoreError) in
        try workspace.redo(clock: clock)
      }
    case .acceptProposal(let event):
      do throws(StoreError) {
        let results = try workspace.accept(event, clock: clock)
        let model = DashboardModel(workspace: workspace)
        let recorded = results.compactMap { result -> String? in
          if case .mark(let mark) = result.entry.operation { return model.describe(mark) }
          return nil
        }
        let text =
          recorded.isEmpty
          ? "Nothing new to record" : "Recorded " + recorded.joined(separator: "; ")
        return .saved(
          model, message: text + "  ·  saved to \(workspace.store.path)",
          externalEntries: results.map(\.externalEntries).reduce(0, +))
      } catch {
        return .refused(DashboardModel(workspace: workspace), message: "Not saved: \(error)")
      }
    case .dismissProposal(let event):
      return save("Dismissed") { workspace, clock throws(StoreError) in
        try workspace.dismiss(event, clock: clock)
      }
    case .setRead(let identifier, let read):
      do {
        try workspace.setRead(identifier, read: read, clock: clock)
        return .saved(
          DashboardModel(workspace: workspace), message: read ? "Marked read" : "Marked unread",
          externalEntries: 0)
      } catch {
        return .failed("Could not save the read state: \(error)")
      }
    case .saveInterfaceState(var remembered):
      remembered.lastVisit = clock.now
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
    case .loadRelatedTreaties:
      do throws(DataError) {
        return .relatedTreatiesLoaded(
          try RelatedTreaties.load(
            from: workspace.locations.resources, participants: workspace.dataset.participants))
      } catch {
        return .failed("Could not load the sister treaties: \(error)")
      }
    case .checkForExternalChanges:
      do {
        let added = try workspace.refresh()
        // Another copy's import or fetch; while this one fetches, its own end reloads.
        let newsChanged = try fetchHelper == nil && workspace.refreshNews()
        guard added > 0 || newsChanged else { return nil }
        let model = DashboardModel(workspace: workspace)
        return added > 0
          ? .externalChangesLoaded(model, count: added)
          : .saved(model, message: "Loaded news imported by another btap", externalEntries: 0)
      } catch {
        return .failed("Could not reload your data: \(error)")
      }
    case .startFetch(let timeoutSeconds):
      let locations = workspace.locations
      do {
        fetchHelper = try FeedHelper.start(
          ["fetch", locations.userData, locations.resources, "\(timeoutSeconds)"],
          mergingErrors: true)
        return nil
      } catch {
        return .fetchEnded(
          DashboardModel(workspace: workspace),
          failure: "Could not start the feed helper: \(error)")
      }
    case .openLink(let url):
      if let problem = LinkOpener.open(url) {
        return .failed("Could not open the link: \(problem)")
      }
      return nil
    }
  }

  private mutating func save(
    _ message: String,
    _ operation: (inout Workspace, Clock) throws(StoreError) -> MarkStore.SaveResult
  ) -> Action {
    do throws(StoreError) {
      let result = try operation(&workspace, clock)
      let model = DashboardModel(workspace: workspace)
      var text = message
      if case .mark(let mark) = result.entry.operation { text += " " + model.describe(mark) }
      return .saved(
        model, message: text + "  ·  saved to \(workspace.store.path)",
        externalEntries: result.externalEntries)
    } catch {
      // The journal may have been re-read while saving: show the freshest data with the error.
      return .refused(DashboardModel(workspace: workspace), message: "Not saved: \(error)")
    }
  }
}
