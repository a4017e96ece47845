import TerminalUI
import TreatyModel

/// The Parties pane's state: what it shows (list, detail, filter being typed, map), the
/// list's order, filter and selection, and the rows derived from them.
public struct PartiesState: Equatable, Sendable {
  /// What the pane shows.
  public enum Mode: Hashable, Sendable {
    /// The list, with the selected party's short detail below it.
    case list
    /// The selected party's whole detail.
    case detail
    /// The list, with the filter being typed above it.
    case filtering
    /// The world map.
    case map
  }

  /// What the pane shows.
  public var mode: Mode = .list
  /// The list's order.
  public var sort: PartySort = .region
  /// The filter text.
  public var filter = TextField()
  /// Whether states that never signed are listed too.
  public var showsEveryState = false
  /// Whether the targets view is on: the list shows one target group, the map colours by
  /// target group.
  public var showsTargets = false
  /// The target group the targets view lists.
  public var targetGroup: TargetGroup = .signatories
  /// The region the targets view is limited to, or nil for every region.
  public var targetRegion: Region?
  /// The selection and scroll position over ``rows``.
  public var list = ListState(itemCount: 0)
  /// The selected party's ISO code: the selection survives any change of the rows.
  public var selectedCode: String?
  /// The rows, derived from ``inputs`` by ``reconcile(with:)``.
  public private(set) var rows: [PartyRow] = []
  /// What ``rows`` were built from.
  public private(set) var inputs: PartyTable.Inputs?
  /// How many parties and how many states ``rows`` lists (headings aside).
  public private(set) var counts = RowCounts()
  /// Whether the filter matches no listed row but would match a state that never signed
  /// (which `e` lists).
  public private(set) var filterMatchesOnlyUnlisted = false

  /// How many parties and states the rows list.
  public struct RowCounts: Hashable, Sendable {
    /// Rows whose state is a party on the viewed date.
    public var parties = 0
    /// Rows that are states or organizations.
    public var listed = 0
  }

  /// A state with the remembered order, filter and listing.
  public init(sort: PartySort = .region, filter: String = "", showsEveryState: Bool = false) {
    self.sort = sort
    self.filter.insert(filter)
    self.showsEveryState = showsEveryState
  }

  /// The selected entry, if the list has one.
  public var selected: PartyEntry? {
    guard let index = list.selectedIndex, index < rows.count else { return nil }
    return rows[index].entry
  }

  /// The codes of every listed party, in list order.
  public var listedCodes: [String] { rows.compactMap { $0.entry?.code } }

  /// Rebuilds the rows when `inputs` differ from those they were built from, then places the
  /// list's selection on ``selectedCode`` (or, if that party is gone, on the nearest party).
  public mutating func reconcile(with inputs: PartyTable.Inputs) {
    if inputs != self.inputs {
      rows = PartyTable.rows(inputs)
      // Each row is looked at in place: copying 10 000 entries out cost more than counting.
      var counts = RowCounts()
      for index in rows.indices {
        guard case .party(let entry) = rows[index] else { continue }
        counts.listed += 1
        if entry.standing.status.isParty { counts.parties += 1 }
      }
      self.counts = counts
      filterMatchesOnlyUnlisted = rows.isEmpty && PartyTable.matchesUnlisted(inputs)
      self.inputs = inputs
      list.setItemCount(rows.count)
    }
    if let selectedCode, let index = rows.firstIndex(where: { $0.entry?.code == selectedCode }) {
      if list.selectedIndex != index { list.select(index) }
    } else {
      select(nearestPartyTo: list.selectedIndex ?? 0, direction: 1)
    }
    if mode == .detail, selected == nil { mode = .list }
  }

  /// Moves the selection by `delta` rows, skipping headings in the direction of travel.
  public mutating func moveSelection(by delta: Int) {
    let before = list.selectedIndex ?? 0
    list.moveBy(delta)
    select(nearestPartyTo: list.selectedIndex ?? 0, direction: delta >= 0 ? 1 : -1)
    if selected == nil { list.select(before) }
    selectedCode = selected?.code
  }

  /// Selects the party with a code, if it is listed.
  public mutating func select(code: String) {
    guard let index = rows.firstIndex(where: { $0.entry?.code == code }) else { return }
    list.select(index)
    selectedCode = code
  }

  /// Selects the party row nearest `index`, looking first in `direction`.
  mutating func select(nearestPartyTo index: Int, direction: Int) {
    guard !rows.isEmpty else {
      selectedCode = nil
      return
    }
    let step = direction >= 0 ? 1 : -1
    let start = min(max(0, index), rows.count - 1)
    var position = start
    while position >= 0, position < rows.count, rows[position].entry == nil { position += step }
    if position < 0 || position >= rows.count {
      position = start
      while position >= 0, position < rows.count, rows[position].entry == nil { position -= step }
    }
    if position >= 0, position < rows.count {
      list.select(position)
      selectedCode = rows[position].entry?.code
    } else {
      selectedCode = nil
    }
  }
}
