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
    // The standings are read in place, without a copy of each.
    let regionOrder = Region.allCases.sorted()
    let regionsMatching = query.isEmpty ? [] : PartyTable.regionsMatching(query)
    let keys = standings.withUnsafeBufferPointer { standings in
      var keys: [SortKey] = []
      keys.reserveCapacity(standings.count)
      for position in standings.indices where isCandidate(position) {
        if !query.isEmpty,
          !matches(standings[position], query: query, regionsMatching: regionsMatching)
        {
          continue
        }
        keys.append(
          SortKey(
            standings[position], position: position, sort: inputs.sort,
            regionRank: regionOrder.firstIndex(of: standings[position].region) ?? 0))
      }
      keys.sort { less($0, $1, standings: standings) }
      return keys
    }
    var rows: [PartyRow] = []
    guard inputs.sort == .region else {
      rows.reserveCapacity(keys.count)
      for key in keys { rows.append(.party(entry(key.position))) }
      return rows
    }
    rows.reserveCapacity(keys.count + Region.allCases.count)
    var start = 0
    while start < keys.count {
      let rank = keys[start].primary
      var end = start
      while end < keys.count, keys[end].primary == rank { end += 1 }
      rows.append(.heading(standings[keys[start].position].region, count: end - start))
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
    let regionsMatching = PartyTable.regionsMatching(query)
    return inputs.snapshot.standings.contains { standing in
      !standing.isListed && matches(standing, query: query, regionsMatching: regionsMatching)
    }
  }

  /// Whether a standing matches a folded query by name, ISO code, region or status;
  /// `regionsMatching` tells, in `Region.allCases` order, whether each region's name does.
  static func matches(
    _ standing: ParticipantStanding, query: String, regionsMatching: [Bool]
  ) -> Bool {
    if standing.withNameUTF8({ TextFolding.text($0, contains: query) }) { return true }
    if standing.code.lowercased() == query { return true }
    if let index = Region.allCases.firstIndex(of: standing.region), regionsMatching[index] {
      return true
    }
    return standing.status.keyword.hasPrefix(query)
  }

  /// Whether each region's name matches a folded query, in `Region.allCases` order: worked
  /// out once per filtering, rather than once per state.
  static func regionsMatching(_ query: String) -> [Bool] {
    Region.allCases.map { TextFolding.text($0.rawValue, contains: query) }
  }

  /// What the order of one entry depends on, and where the entry is: a small plain value,
  /// cheap to move in the sort, with the name as a string reached only for a tie.
  struct SortKey {
    /// What the order compares first: the region's rank, the status's rank, the place in
    /// deposit order (none last), or nothing when sorting by name.
    var primary: UInt64
    /// The name's start (``NameOrderPrefix``).
    var name: NameOrderPrefix
    /// Where the standing is among the candidates.
    var position: Int

    init(_ standing: ParticipantStanding, position: Int, sort: PartySort, regionRank: Int) {
      switch sort {
      case .region: primary = UInt64(regionRank)
      case .name: primary = 0
      case .deposit: primary = standing.depositOrder.map { UInt64($0) } ?? UInt64.max
      case .status: primary = UInt64(standing.status.kind.rank)
      }
      name = standing.nameOrderPrefix
      self.position = position
    }
  }

  /// Whether `left` comes before `right`: by ``SortKey/primary``, then by name as `String`
  /// orders names.
  ///
  /// Two ASCII names compare by their prefixes as numbers, and as strings only when those
  /// are equal and both go on: sorting ten thousand names as strings cost most of building
  /// the list.
  static func less(
    _ left: SortKey, _ right: SortKey, standings: UnsafeBufferPointer<ParticipantStanding>
  ) -> Bool {
    if left.primary != right.primary { return left.primary < right.primary }
    if left.name.isASCII, right.name.isASCII {
      if left.name.words != right.name.words { return left.name.words < right.name.words }
      if !left.name.isLongerThanPrefix || !right.name.isLongerThanPrefix {
        return !left.name.isLongerThanPrefix && right.name.isLongerThanPrefix
      }
    }
    return standings[left.position].name < standings[right.position].name
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
