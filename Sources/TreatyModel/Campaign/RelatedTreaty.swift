/// A sister treaty of the Beijing Treaty that campaigners compare membership with.
public enum RelatedTreaty: String, CaseIterable, Hashable, Sendable, Comparable {
  /// The WIPO Performances and Phonograms Treaty (1996): performers on sound recordings.
  case wppt = "WPPT"
  /// The WIPO Copyright Treaty (1996).
  case wct = "WCT"
  /// The Rome Convention (1961) on performers, producers of phonograms and broadcasters.
  case rome = "Rome"
  /// The Marrakesh Treaty (2013) on access to published works for people who are blind.
  case marrakesh = "Marrakesh"

  /// Its short name, as lists show it.
  public var shortName: String { rawValue }

  /// Its machine key in exports (`wppt`, `wct`, `rome`, `marrakesh`).
  public var key: String { rawValue.lowercased() }

  /// Its full title.
  public var title: String {
    switch self {
    case .wppt: return "WIPO Performances and Phonograms Treaty"
    case .wct: return "WIPO Copyright Treaty"
    case .rome:
      return
        "Rome Convention for the Protection of Performers, Producers of Phonograms and "
        + "Broadcasting Organizations"
    case .marrakesh:
      return
        "Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, "
        + "Visually Impaired or Otherwise Print Disabled"
    }
  }

  /// The order lists use: WPPT, WCT, Rome, Marrakesh.
  public static func < (left: RelatedTreaty, right: RelatedTreaty) -> Bool {
    allCases.firstIndex(of: left) ?? 0 < allCases.firstIndex(of: right) ?? 0
  }
}
