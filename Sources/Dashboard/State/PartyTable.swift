import TreatyModel

/// Builds the parties list from the model: filtered, sorted, grouped, as of a date.
///
/// Computed once per change of its inputs and kept in the state, never per keystroke of
/// navigation, so moving the selection costs the same with 99 or 10 000 parties.
public enum PartyTable {
  /// The inputs the rows depend on; rows are rebuilt only when these change.
  public struct Inputs: Hashable, Sendable {
    /// The model's revision.
    public var revision: Int
    /// The viewed date.
    public var date: CalendarDate
    /// The filter text.
    public var filter: String
    /// The order.
    public var sort: PartySort
    /// Whether states that never signed are listed.
    public var showsEligible: Bool
    /// Marks made after this instant count as new.
    public var newSince: Timestamp?
  }

  /// The rows for the given inputs.
  public static func rows(model: DashboardModel, inputs: Inputs) -> [PartyRow] {
    let rules = model.rules
    let participants = model.ledger.participants
    let threshold = rules.thresholdDeposit(of: participants, asOf: inputs.date)
    var order: [String: Int] = [:]
    for deposit in rules.deposits(of: participants, asOf: inputs.date) {
      order[deposit.code] = deposit.order
    }
    var newCodes: Set<String> = []
    if let since = inputs.newSince {
      for mark in model.marks where mark.madeAt > since && model.activeMarks.contains(mark.sequence)
      {
        newCodes.insert(mark.partyCode)
      }
    }
    let query = TextFolding.fold(inputs.filter.trimmingCharacters())
    var entries: [PartyEntry] = []
    entries.reserveCapacity(participants.count)
    for participant in participants {
      let status = rules.status(of: participant, on: inputs.date, thresholdDeposit: threshold)
      if !inputs.showsEligible, !participant.isListed { continue }
      let entry = PartyEntry(
        participant: participant, status: status,
        inForceDate: participant.depositDate.flatMap { deposit in
          rules.inForceDate(
            depositDate: deposit, code: participant.code, thresholdDeposit: threshold)
        },
        depositOrder: order[participant.code],
        isMarked: model.ledger.markedCodes[participant.code] != nil,
        isNew: newCodes.contains(participant.code))
      if !query.isEmpty, !matches(entry, query: query) { continue }
      entries.append(entry)
    }
    // Sort small keys, then place the entries once: an entry is large, and moving or copying
    // it in every comparison cost more than all the rest. (The sort is stable.)
    var regionRanks: [Region: Int] = [:]
    for (rank, region) in Region.allCases.sorted().enumerated() { regionRanks[region] = rank }
    let keys = entries.enumerated().map { position, entry in
      SortKey(
        entry, position: position, regionRank: regionRanks[entry.participant.region] ?? 0)
    }
    entries = keys.sorted { less($0, $1, by: inputs.sort) }.map { entries[$0.position] }
    guard inputs.sort == .region else { return entries.map(PartyRow.party) }
    var rows: [PartyRow] = []
    rows.reserveCapacity(entries.count + Region.allCases.count)
    var start = 0
    while start < entries.count {
      let region = entries[start].participant.region
      var end = start
      while end < entries.count, entries[end].participant.region == region { end += 1 }
      rows.append(.heading(region, count: end - start))
      for entry in entries[start..<end] { rows.append(.party(entry)) }
      start = end
    }
    return rows
  }

  /// Whether an entry matches a folded query by name, ISO code, region or status.
  static func matches(_ entry: PartyEntry, query: String) -> Bool {
    let participant = entry.participant
    if TextFolding.fold(participant.name).contains(query) { return true }
    if participant.code.lowercased() == query { return true }
    if TextFolding.fold(participant.region.rawValue).contains(query) { return true }
    return entry.status.keyword.hasPrefix(query)
  }

  /// What the order of one entry depends on, and where the entry is.
  struct SortKey {
    /// The place of the entry's region in the regions' order.
    var regionRank: Int
    var name: String
    var depositOrder: Int?
    var rank: Int
    var position: Int

    init(_ entry: PartyEntry, position: Int, regionRank: Int) {
      self.regionRank = regionRank
      name = entry.participant.name
      depositOrder = entry.depositOrder
      rank = PartyTable.rank(entry.status)
      self.position = position
    }
  }

  /// Whether `left` comes before `right` in the given order; ties go by name.
  static func less(_ left: SortKey, _ right: SortKey, by sort: PartySort) -> Bool {
    switch sort {
    case .region:
      if left.regionRank != right.regionRank { return left.regionRank < right.regionRank }
      return left.name < right.name
    case .name:
      return left.name < right.name
    case .deposit:
      switch (left.depositOrder, right.depositOrder) {
      case (let l?, let r?): return l < r
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return left.name < right.name
      }
    case .status:
      return left.rank != right.rank ? left.rank < right.rank : left.name < right.name
    }
  }

  static func rank(_ status: ParticipantStatus) -> Int {
    switch status {
    case .inForce: return 0
    case .pending: return 1
    case .withdrawing: return 2
    case .signatory: return 3
    case .withdrawn: return 4
    case .eligible: return 5
    }
  }
}

extension String {
  /// The string without leading and trailing spaces.
  func trimmingCharacters() -> String {
    var slice = Substring(self)
    while slice.first == " " { slice = slice.dropFirst() }
    while slice.last == " " { slice = slice.dropLast() }
    return String(slice)
  }
}
