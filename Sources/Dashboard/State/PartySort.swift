/// How the parties list is ordered.
public enum PartySort: String, CaseIterable, Hashable, Sendable {
  /// Grouped by region, then by name.
  case region
  /// By name.
  case name
  /// By deposit date (parties first, in deposit order), then by name.
  case deposit
  /// By status (parties, pending, signatories, others), then by name.
  case status

  /// The next order in the cycle.
  public var next: PartySort {
    let all = PartySort.allCases
    return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
  }

  /// A label for the pane's title.
  public var label: String {
    switch self {
    case .region: return "by region"
    case .name: return "by name"
    case .deposit: return "by deposit"
    case .status: return "by status"
    }
  }
}
