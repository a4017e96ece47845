import TreatyModel

/// What the dashboard remembers between runs: focus, order, filter, and when the user last
/// looked (so marks made since then, elsewhere, can be highlighted).
///
/// Saved atomically.
public struct InterfaceState: Hashable, Sendable {
  /// The file's name inside the state directory.
  public static let fileName = "ui-state.tsv"

  /// The focused pane.
  public var focus: Pane = .parties
  /// The parties list's order.
  public var sort: PartySort = .region
  /// The parties filter.
  public var filter = ""
  /// Whether states that never signed are listed.
  public var showsEligible = false
  /// When the dashboard was last closed.
  public var lastVisit: Timestamp?

  /// The defaults.
  public init() {}

  /// Loads the remembered state; a missing or unreadable file gives the defaults (this is a
  /// convenience, never worth refusing to start over).
  public static func load(directory: String) -> InterfaceState {
    var state = InterfaceState()
    let path = FileSystem.join(directory, fileName)
    guard let bytes = try? FileSystem.read(path),
      let table = try? TSVTable(bytes: bytes, file: path, expectedHeader: ["key", "value"])
    else { return state }
    for row in table.rows {
      let value = row[1]
      switch row[0] {
      case "focus": state.focus = Pane(key: value) ?? state.focus
      case "sort": state.sort = PartySort(rawValue: value) ?? state.sort
      case "filter": state.filter = value
      case "shows_eligible": state.showsEligible = value == "yes"
      case "last_visit": state.lastVisit = Timestamp(value)
      default: break
      }
    }
    return state
  }

  /// Saves the state atomically.
  public func save(directory: String) throws(StoreError) {
    var text = "# btap interface state\nkey\tvalue\n"
    text += "focus\t\(focus.key)\n"
    text += "sort\t\(sort.rawValue)\n"
    text += "filter\t\(MarkJournal.cleanField(filter))\n"
    text += "shows_eligible\t\(showsEligible ? "yes" : "no")\n"
    if let lastVisit { text += "last_visit\t\(lastVisit)\n" }
    do {
      try FileSystem.writeAtomically(
        Array(text.utf8), to: FileSystem.join(directory, InterfaceState.fileName), durable: false)
    } catch {
      throw .file(error)
    }
  }
}
