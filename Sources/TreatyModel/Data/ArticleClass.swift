/// Where an article stands in the treaty's structure: a right of performers, a provision that
/// shapes those rights, a duty of the parties, or a general, administrative or final clause.
public enum ArticleClass: String, CaseIterable, Hashable, Sendable {
  /// The performer's moral rights (Art. 5).
  case moralRight = "moral-right"
  /// The performer's economic rights in live, unfixed performances (Art. 6).
  case liveRight = "live-right"
  /// The performer's economic rights in fixed (recorded) performances (Arts. 7–11).
  case fixedRight = "fixed-right"
  /// A provision that shapes the performers' rights: transfer, limitations and exceptions,
  /// term (Arts. 12–14).
  case shaping
  /// A duty of the parties rather than a right of performers (Arts. 15, 16, 17, 20).
  case obligation
  /// Reservations and application in time (Arts. 18, 19).
  case reservationsAndTime = "reservations-and-time"
  /// A general provision: relation to other treaties, definitions, beneficiaries, national
  /// treatment (Arts. 1–4).
  case general
  /// An administrative or final clause: Assembly, International Bureau, joining, signature,
  /// entry into force, denunciation, languages, depositary (Arts. 21–30).
  case administrativeAndFinal = "administrative-and-final"

  /// Whether the article grants a right to performers.
  public var isPerformersRight: Bool {
    switch self {
    case .moralRight, .liveRight, .fixedRight: return true
    default: return false
    }
  }

  /// The class in words, for screens and the command line.
  public var label: String {
    switch self {
    case .moralRight: return "right of performers: moral"
    case .liveRight: return "right of performers: economic, in live performances"
    case .fixedRight: return "right of performers: economic, in fixed performances"
    case .shaping: return "provision shaping the performers' rights"
    case .obligation: return "obligation of the parties"
    case .reservationsAndTime: return "reservations and application in time"
    case .general: return "general provision"
    case .administrativeAndFinal: return "administrative and final clause"
    }
  }

  /// A short form of the label, for a list column.
  public var shortLabel: String {
    switch self {
    case .moralRight: return "performers: moral"
    case .liveRight: return "performers: live"
    case .fixedRight: return "performers: fixed"
    case .shaping: return "shapes the rights"
    case .obligation: return "parties' duty"
    case .reservationsAndTime: return "reservations, time"
    case .general: return "general"
    case .administrativeAndFinal: return "administrative, final"
    }
  }
}
