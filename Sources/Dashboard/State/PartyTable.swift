import TreatyModel

/// Builds the parties list from the model's snapshot: listed, filtered, sorted and grouped.
///
/// Who is listed on a date is the snapshot's rule (``TreatySnapshot/listed(includingEveryState:)``),
/// the same one `btap parties` prints. The rows are kept in the state and rebuilt only when
/// their ``Inputs`` change, so moving the selection costs the same with 99 or 10 000 parties.
public enum PartyTable {
  /// Everything the rows are built from.
  public struct Inputs: Equatable, Sendable {
    /// The treaty on the viewed date.
    public var snapshot: TreatySnapshot
    /// The codes the user's marks changed.
    public var markedCodes: Set<String>
    /// The codes changed by marks made since the user last looked.
    public var newCodes: Set<String>
    /// The filter text.
    public var filter: String
    /// The order.
    public var sort: PartySort
    /// Whether states that never signed are listed too.
    public var showsEveryState: Bool
    /// The targets view's selection, when it is on and its data is loaded: then the rows are
    /// that group's states (in that region) rather than the signatories and parties.
    public var targets: TargetSelection?

    /// Creates inputs.
    public init(
      snapshot: TreatySnapshot, markedCodes: Set<String>, newCodes: Set<String>, filter: String,
      sort: PartySort, showsEveryState: Bool, targets: TargetSelection? = nil
    ) {
      self.targets = targets
      self.snapshot = snapshot
      self.markedCodes = markedCodes
      self.newCodes = newCodes
      self.filter = filter
      self.sort = sort
      self.showsEveryState = showsEveryState
    }
  }

  /// The rows for the given inputs.
  public static func rows(_ inputs: Inputs) -> [PartyRow] {
    let query = TextFolding.fold(inputs.filter.trimmingCharacters())
    // The candidates: the targets view's group, else who is listed on the viewed date.
    // The snapshot's standings are walked in place: copying the listed ones cost as much as
    // building the rows.
    let targets = inputs.targets?.members
    let standings = targets?.map(\.standing) ?? inputs.snapshot.standings
    func isCandidate(_ position: Int) -> Bool {
      targets != nil
        || inputs.snapshot.isListed(at: position, includingEveryState: inputs.showsEveryState)
    }
    func entry(_ position: Int) -> PartyEntry {
      let standing = standings[position]
      return PartyEntry(
        standing: standing,
        isMarked: !inputs.markedCodes.isEmpty && inputs.markedCodes.contains(standing.code),
        isNew: !inputs.newCodes.isEmpty && inputs.newCodes.contains(standing.code),
        target: targets?[position])
    }
    // Sort small keys, then build each entry once, in its place: an entry is large, and
    // moving or copying it cost more than all the rest. (The sort is stable.)
    // Regions are ranked by a search of the few sorted cases: hashing a region hashes its name.
    let regionOrder = Region.allCases.sorted()
    var keys: [SortKey] = []
    keys.reserveCapacity(standings.count)
    for position in standings.indices where isCandidate(position) {
      if !query.isEmpty, !matches(entry(position), query: query) { continue }
      let region = standings[position].participant.region
      keys.append(
        SortKey(
          standings[position], position: position,
          regionRank: regionOrder.firstIndex(of: region) ?? 0))
    }
    keys.sort { less($0, $1, by: inputs.sort) }
    var rows: [PartyRow] = []
    guard inputs.sort == .region else {
      rows.reserveCapacity(keys.count)
      for key in keys { rows.append(.party(entry(key.position))) }
      return rows
    }
    rows.reserveCapacity(keys.count + Region.allCases.count)
    var start = 0
    while start < keys.count {
      let rank = keys[start].regionRank
      var end = start
      while end < keys.count, keys[end].regionRank == rank { end += 1 }
      rows.append(.heading(standings[keys[start].position].participant.region, count: end - start))
      for key in keys[start..<end] { rows.append(.party(entry(key.position))) }
      start = end
    }
    return rows
  }

  /// Whether a participant that the list leaves out (it never signed) would match a filter:
  /// what lets an empty result point at `e`.
  public static func matchesUnlisted(_ inputs: Inputs) -> Bool {
    let query = TextFolding.fold(inputs.filter.trimmingCharacters())
    guard !query.isEmpty, !inputs.showsEveryState else { return false }
    return inputs.snapshot.standings.contains { standing in
      !standing.isListed
        && matches(PartyEntry(standing: standing, isMarked: false, isNew: false), query: query)
    }
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

    init(_ standing: ParticipantStanding, position: Int, regionRank: Int) {
      self.regionRank = regionRank
      name = standing.participant.name
      depositOrder = standing.depositOrder
      rank = standing.status.kind.rank
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
