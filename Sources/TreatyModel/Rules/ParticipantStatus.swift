/// Where a state or organization stands with the treaty on a given date.
public enum ParticipantStatus: Hashable, Sendable {
  /// Has neither signed nor joined, but may still join.
  case eligible
  /// Signed, but has deposited no instrument.
  case signatory
  /// Deposited an instrument; bound from the date given, when that date is known.
  case pending(inForceOn: CalendarDate?)
  /// Bound by the treaty.
  case inForce
  /// Gave notice of denunciation; still bound until the date given.
  case withdrawing(effectiveOn: CalendarDate)
  /// Left the treaty.
  case withdrawn

  /// Whether it counts toward the parties (deposited and not yet withdrawn).
  public var isParty: Bool {
    switch self {
    case .pending, .inForce, .withdrawing: return true
    case .eligible, .signatory, .withdrawn: return false
    }
  }

  /// A short word for lists and exports, such as `party`, `pending` or `signatory`.
  public var keyword: String {
    switch self {
    case .eligible: return "eligible"
    case .signatory: return "signatory"
    case .pending: return "pending"
    case .inForce: return "party"
    case .withdrawing: return "withdrawing"
    case .withdrawn: return "withdrawn"
    }
  }

  /// A glyph that tells statuses apart without colour.
  public var glyph: Character {
    switch self {
    case .eligible: return "·"
    case .signatory: return "○"
    case .pending: return "◐"
    case .inForce: return "●"
    case .withdrawing: return "◑"
    case .withdrawn: return "×"
    }
  }
}
