/// The shipped data, the user's marks and read state, opened together: what every front end
/// (the dashboard and the command line) stands on.
///
/// The workspace does the I/O; the rules it applies are the pure ones of ``Ledger`` and
/// ``TreatyRules``. Every change is saved before the call returns.
public struct Workspace: Sendable {
  /// Where the data lives.
  public let locations: DataLocations
  /// The shipped data, without any imported depositary table.
  public let shippedDataset: TreatyDataset
  /// The data under the marks: the shipped data, or the depositary table the user imported
  /// laid over it (``Ledger/dataset``).
  public var dataset: TreatyDataset { ledger.dataset }
  /// The marks journal on disk.
  public internal(set) var store: MarkStore
  /// The imported depositary tables the journal names, by file name.
  public internal(set) var dataLayers: [String: DataLayer]
  /// The shipped data with the active marks laid over it.
  public private(set) var ledger: Ledger
  /// Which news the user has read.
  public private(set) var readState: NewsReadState
  /// The news the user imported from feeds.
  public private(set) var importedNews: ImportedNews
  /// The version of the imported news file last read (nil: none was there).
  private var importedNewsSignature: FileSignature?
  /// The proposals read from notifications the user imported.
  public private(set) var savedProposals: SavedProposals
  /// The shipped formal names of states, which notifications use.
  public let formalNames: FormalNames
  /// What reviewing proposals keeps between reviews (shared by copies of the workspace: it
  /// is keyed by what it was made from).
  let proposalMemo = ProposalMemo()
  /// How many times the workspace's data has changed since it was opened: every save, undo,
  /// redo, read-state change, import and reload of another copy's changes adds one (a refused
  /// save too, since it may have re-read the journal).
  public private(set) var revision = 0

  /// Opens the shipped data and the user's data; fails on anything malformed, changing nothing.
  ///
  /// Without `includingNews`, no news file is read (shipped, imported or read state) and
  /// every news list is empty: for a front end that shows none (`btap status`).
  public static func open(
    locations: DataLocations, includingNews: Bool = true
  ) throws(StoreError) -> Workspace {
    let dataset: TreatyDataset
    do {
      dataset = try TreatyDataset.load(from: locations.resources, includingNews: includingNews)
    } catch {
      throw .data(error)
    }
    return try open(locations: locations, dataset: dataset, includingNews: includingNews)
  }

  /// Opens the user's data over an already loaded dataset.
  ///
  /// A data directory that does not exist yet means no marks (the first run); one that
  /// exists but cannot be read (or lies under a file) throws ``StoreError/dataDirectory(_:)``,
  /// so lost access never looks like lost data.
  public static func open(
    locations: DataLocations, dataset: TreatyDataset, includingNews: Bool = true
  ) throws(StoreError) -> Workspace {
    do {
      try FileSystem.checkReadableDirectory(locations.userData)
    } catch {
      throw .dataDirectory(error)
    }
    let codes = dataset.participantIndex
    let store = try MarkStore.open(directory: locations.userData, knownCodes: codes)
    let layers = try loadDataLayers(
      for: store.journal.activeMarks, directory: locations.userData, knownCodes: codes)
    let readState =
      includingNews ? try NewsReadState.load(directory: locations.userData) : NewsReadState()
    let importedNews =
      includingNews ? try ImportedNews.load(directory: locations.userData) : ImportedNews()
    // The proposals and the formal names that recognise notifications go with the news: a
    // command that shows neither (btap status) reads neither.
    let proposals =
      includingNews
      ? try SavedProposals.load(directory: locations.userData, knownCodes: codes)
      : SavedProposals()
    var formalNames = FormalNames(entries: [])
    if includingNews {
      do {
        formalNames = try FormalNames.load(from: locations.resources, knownCodes: codes)
      } catch {
        throw .data(error)
      }
    }
    return Workspace(
      locations: locations, dataset: dataset, store: store,
      ledger: Ledger(dataset: dataset, marks: store.journal.activeMarks, layers: layers),
      dataLayers: layers, readState: readState, importedNews: importedNews,
      savedProposals: proposals, formalNames: formalNames)
  }

  /// The treaty's rules.
  public var rules: TreatyRules { ledger.rules }

  /// Records a ratification, accession, signature, denunciation or correction.
  @discardableResult
  public mutating func mark(
    code: String, action: Mark.Action, note: String = "", clock: Clock
  ) throws(StoreError) -> MarkStore.SaveResult {
    let dataset = shippedDataset
    let layers = dataLayers
    let today = clock.today
    let now = clock.now
    defer { rebuildLedger() }
    return try store.save(madeAt: now) { journal throws(MarkError) in
      let current = Ledger(dataset: dataset, marks: journal.activeMarks, layers: layers)
      try current.validate(action, code: code, today: today)
      return .mark(
        Mark(sequence: 0, madeAt: now, partyCode: code, action: action, note: note))
    }
  }

  /// Undoes the latest mark still in effect.
  @discardableResult
  public mutating func undo(clock: Clock) throws(StoreError) -> MarkStore.SaveResult {
    defer { rebuildLedger() }
    return try store.save(madeAt: clock.now) { journal throws(MarkError) in
      guard let target = journal.undoStack.last else { throw .nothingToUndo }
      return .undo(target: target)
    }
  }

  /// Redoes the latest undone mark.
  @discardableResult
  public mutating func redo(clock: Clock) throws(StoreError) -> MarkStore.SaveResult {
    defer { rebuildLedger() }
    return try store.save(madeAt: clock.now) { journal throws(MarkError) in
      guard let target = journal.redoStack.last else { throw .nothingToRedo }
      return .redo(target: target)
    }
  }

  /// Picks up marks saved by another running copy; returns how many entries were new.
  @discardableResult
  public mutating func refresh() throws(StoreError) -> Int {
    let added = try store.refresh()
    if added > 0 { rebuildLedger() }
    return added
  }

  /// Marks a news item read (or unread) and saves the read state at once.
  public mutating func setRead(_ identifier: String, read: Bool, clock: Clock) throws(StoreError) {
    var updated = readState
    if read { updated.markRead(identifier, at: clock.now) } else { updated.markUnread(identifier) }
    try updated.save(directory: locations.userData)
    readState = updated
    revision += 1
  }

  /// The shipped news and the imported news together, newest first; an imported item with
  /// the id or link of a shipped one is left out (the shipped one wins).
  public var allNews: [NewsItem] {
    if importedNews.items.isEmpty { return dataset.news }
    let identifiers = Set(dataset.news.map(\.id))
    let links = Set(dataset.news.map(\.link).filter { !$0.isEmpty })
    let imported = importedNews.items.filter { item in
      !identifiers.contains(item.id) && (item.link.isEmpty || !links.contains(item.link))
    }
    return TreatyDataset.sortedNewestFirst(dataset.news + imported)
  }

  /// Adds the items that are new (by id and by link) to the imported news, stamped as
  /// arrived at `time`, and saves the file atomically before returning.
  ///
  /// The file is read again first, under the data directory's feed lock, so an import made
  /// meanwhile by another copy of btap is kept.
  @discardableResult
  public mutating func importNews(
    _ items: [NewsItem], at time: Timestamp
  ) throws(StoreError) -> ImportedNews.MergeResult {
    let directory = locations.userData
    let shipped = dataset.news
    let (updated, result) = try FileLock.hold(FileSystem.join(directory, FileLock.feedsFileName)) {
      () throws(StoreError) -> (ImportedNews, ImportedNews.MergeResult) in
      var updated = try ImportedNews.load(directory: directory)
      let result = updated.merge(items, existing: shipped, at: time)
      if !result.added.isEmpty { try updated.save(directory: directory) }
      return (updated, result)
    }
    if updated != importedNews { revision += 1 }
    importedNews = updated
    return result
  }

  /// Picks up news another copy imported; returns whether anything changed.
  ///
  /// The file is read only when it changed since it was last read (its ``FileSignature``),
  /// so a dashboard can ask every second at the cost of one `stat`.
  @discardableResult
  public mutating func refreshNews() throws(StoreError) -> Bool {
    let path = FileSystem.join(locations.userData, ImportedNews.fileName)
    let signature = FileSignature.of(path)
    guard signature != importedNewsSignature else { return false }
    let current = try ImportedNews.load(directory: locations.userData)
    importedNewsSignature = signature
    guard current != importedNews else { return false }
    importedNews = current
    revision += 1
    return true
  }

  /// Adds the proposals that are new (by identifier) and saves the file atomically before
  /// returning; the file is read again first, so another copy's import is kept.
  @discardableResult
  public mutating func importProposals(_ events: [ProposedEvent]) throws(StoreError)
    -> SavedProposals.MergeResult
  {
    let codes = dataset.participantIndex
    var updated = try SavedProposals.load(directory: locations.userData, knownCodes: codes)
    let result = updated.merge(events)
    if !result.added.isEmpty { try updated.save(directory: locations.userData) }
    if updated != savedProposals { revision += 1 }
    savedProposals = updated
    return result
  }

  mutating func rebuildLedger() {
    loadMissingDataLayers()
    ledger = Ledger(dataset: shippedDataset, marks: store.journal.activeMarks, layers: dataLayers)
    revision += 1
  }

  private init(
    locations: DataLocations, dataset: TreatyDataset, store: MarkStore, ledger: Ledger,
    dataLayers: [String: DataLayer], readState: NewsReadState, importedNews: ImportedNews,
    savedProposals: SavedProposals, formalNames: FormalNames
  ) {
    self.locations = locations
    self.shippedDataset = dataset
    self.store = store
    self.dataLayers = dataLayers
    self.ledger = ledger
    self.readState = readState
    self.importedNews = importedNews
    importedNewsSignature = FileSignature.of(
      FileSystem.join(locations.userData, ImportedNews.fileName))
    self.savedProposals = savedProposals
    self.formalNames = formalNames
  }
}
