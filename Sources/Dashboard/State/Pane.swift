/// The dashboard's four panes, in focus order; number keys 1–4 pick them.
public enum Pane: Int, CaseIterable, Hashable, Sendable {
  /// What the treaty is, why it matters, how it comes into force; key facts; timeline.
  case overview
  /// The 30 articles and who limited them.
  case rights
  /// Dated news.
  case news
  /// Every signatory and party: the map-list.
  case parties

  /// The title shown on the pane's border and tab.
  public var title: String {
    switch self {
    case .overview: return "Overview"
    case .rights: return "Rights"
    case .news: return "News"
    case .parties: return "Parties"
    }
  }

  /// A stable name for files (the remembered focus): `overview`, `rights`, `news`, `parties`.
  public var key: String { title.lowercased() }

  /// The pane with a stable name (see ``key``); case does not matter.
  public init?(key: String) {
    guard let pane = Pane.allCases.first(where: { $0.key == key.lowercased() }) else {
      return nil
    }
    self = pane
  }

  /// The number key that focuses it.
  public var number: Int { rawValue + 1 }

  /// The next pane in focus order, wrapping around.
  public var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count) ?? .overview }

  /// The previous pane in focus order, wrapping around.
  public var previous: Pane {
    Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count) ?? .overview
  }
}
