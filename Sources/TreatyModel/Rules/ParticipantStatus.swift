/// Where a state or organization stands with the treaty on a given date.
public enum ParticipantStatus: Hashable, Sendable {
  /// Has neither signed nor joined, but may still join.
  case eligible
  /// Signed, but has deposited no instrument.
  case signatory
  /// Has deposited no instrument, but the user recorded a step on its way (the furthest
  /// stage reached by the date), whether it signed or not.
  case inProcess(PipelineStage)
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
    case .eligible, .signatory, .inProcess, .withdrawn: return false
    }
  }

  /// The kind of status, without its date: glyph, word and colour come from it.
  public var kind: StatusKind {
    switch self {
    case .eligible: return .eligible
    case .signatory: return .signatory
    case .inProcess: return .inProcess
    case .pending: return .pending
    case .inForce: return .inForce
    case .withdrawing: return .withdrawing
    case .withdrawn: return .withdrawn
    }
  }

  /// A short word for lists and exports, such as `party`, `pending` or `signatory`.
  public var keyword: String { kind.keyword }
}

extension ParticipantStatus {
  /// The status in a phrase, with its date: "party, bound from 2020-04-28", "signatory, no
  /// instrument deposited", "in process (approved), no instrument deposited".
  public var phrase: String {
    switch self {
    case .eligible: return "not a signatory; it may accede (Art. 23)"
    case .signatory: return "signatory, no instrument deposited"
    case .inProcess(let stage): return "in process (\(stage.title)), no instrument deposited"
    case .pending(let date?): return "party, bound from \(date)"
    case .pending(nil): return "party, bound once the treaty enters into force"
    case .inForce: return "party, in force for it"
    case .withdrawing(let date): return "party until its denunciation takes effect on \(date)"
    case .withdrawn: return "no longer a party (denounced)"
    }
  }
}
