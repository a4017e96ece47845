extension Workspace {
  /// The file name a table as of `asOf` is first tried under, in ``DataLayer/directoryName``.
  static func dataLayerFileName(asOf: CalendarDate) -> String { "table-\(asOf).tsv" }

  /// Loads, strictly, the kept tables the data-layer marks among `marks` name.
  static func loadDataLayers(
    for marks: [Mark], directory: String, knownCodes: ParticipantIndex
  ) throws(StoreError) -> [String: DataLayer] {
    var layers: [String: DataLayer] = [:]
    for mark in marks {
      guard case .dataLayer(_, let file) = mark.action, layers[file] == nil else { continue }
      do {
        layers[file] = try DataLayer.load(
          directory: directory, fileName: file, knownCodes: knownCodes)
      } catch {
        throw .data(error)
      }
    }
    return layers
  }

  /// Loads the kept tables of data-layer marks in effect that are not loaded yet (after an
  /// undo, a redo or another copy's change); one that cannot be read stays out, and the
  /// ledger reports its mark as not applied, with the reason.
  mutating func loadMissingDataLayers() {
    let codes = shippedDataset.participantIndex
    for mark in store.journal.activeMarks {
      guard case .dataLayer(_, let file) = mark.action, dataLayers[file] == nil else { continue }
      if let layer = try? DataLayer.load(
        directory: locations.userData, fileName: file, knownCodes: codes)
      {
        dataLayers[file] = layer
      }
    }
  }

  /// Every name btap matches a table's names against: the shipped names (WIPO's) and the
  /// formal names.
  public var stateNames: StateNameIndex {
    StateNameIndex(participants: shippedDataset.participants, formalNames: formalNames)
  }

  /// Reads a depositary table in the public dataset's format; signatures and deposits may not
  /// be after `latest` (the table's date, or today).
  public func readDepositaryTable(
    at path: String, latest: CalendarDate
  ) throws(DataError) -> DepositaryTable {
    try DepositaryTable.load(
      path: path, names: stateNames, facts: shippedDataset.facts, latest: latest)
  }

  /// What laying `table`, as of `asOf`, under the marks would change.
  public func comparison(with table: DepositaryTable, asOf: CalendarDate) -> TableComparison {
    let candidateFile = "(the table read)"
    let candidate = Mark(
      sequence: store.journal.nextSequence, madeAt: Timestamp(secondsSinceEpoch: 0),
      partyCode: "", action: .dataLayer(asOf: asOf, file: candidateFile), note: "")
    var layers = dataLayers
    layers[candidateFile] = table.layer
    let marks = store.journal.activeMarks
    let after = Ledger(dataset: shippedDataset, marks: marks + [candidate], layers: layers)
    return TableComparison(before: ledger, after: after, table: table, marks: marks)
  }

  /// Refuses a table date that is in the future or not newer than the data btap has (the
  /// shipped data or the table in effect).
  public func checkDataLayerDate(_ asOf: CalendarDate, today: CalendarDate) throws(MarkError) {
    if asOf > today { throw .inTheFuture(date: asOf, today: today) }
    let current = ledger.dataset.facts.dataAsOf
    let shipped = shippedDataset.facts.dataAsOf
    if asOf <= shipped {
      throw .wouldContradict(
        "the table's date \(asOf) is not after the shipped data's date \(shipped)")
    }
    if asOf < current {
      throw .wouldContradict(
        "the table's date \(asOf) is before the date of the table in effect, \(current)")
    }
  }

  /// Keeps `table` as a new data layer as of `asOf`: its file is written once in the data
  /// directory, then one journal entry names it, so undo and redo remove and restore it.
  ///
  /// `source` (where the table came from) becomes the mark's note.
  @discardableResult
  public mutating func applyDataLayer(
    _ table: DepositaryTable, asOf: CalendarDate, source: String, clock: Clock
  ) throws(StoreError) -> MarkStore.SaveResult {
    do throws(MarkError) {
      try checkDataLayerDate(asOf, today: clock.today)
    } catch {
      throw .rejected(error)
    }
    let directory = FileSystem.join(locations.userData, DataLayer.directoryName)
    let written: String
    do {
      try FileSystem.createDirectory(directory)
      written = try FileSystem.writeNew(
        table.layer.encoded(),
        to: FileSystem.join(directory, Workspace.dataLayerFileName(asOf: asOf)))
    } catch {
      throw .file(error)
    }
    let file = FileSystem.fileName(of: written)
    dataLayers[file] = table.layer
    defer { rebuildLedger() }
    return try store.save(madeAt: clock.now) { _ throws(MarkError) in
      .mark(
        Mark(
          sequence: 0, madeAt: clock.now, partyCode: "",
          action: .dataLayer(asOf: asOf, file: file), note: source))
    }
  }
}
