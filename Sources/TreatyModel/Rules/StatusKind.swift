/// The seven kinds of status, without their dates: the one vocabulary (glyph, ASCII glyph, word,
/// legend and colour) that the dashboard, its `?` legend and the command line all use.
public enum StatusKind: String, CaseIterable, Hashable, Sendable {
  /// Bound by the treaty.
  case inForce
  /// Deposited an instrument, bound later.
  case pending
  /// Signed, no instrument deposited.
  case signatory
  /// On its way: a step recorded, no instrument deposited (signed or not).
  case inProcess
  /// Neither signed nor joined, but may join.
  case eligible
  /// Gave notice of denunciation, still bound until it takes effect.
  case withdrawing
  /// Left the treaty.
  case withdrawn

  /// The word for lists and exports (`party`, `pending`, `signatory`, `in-process` …).
  public var keyword: String {
    switch self {
    case .inForce: return "party"
    case .pending: return "pending"
    case .signatory: return "signatory"
    case .inProcess: return "in-process"
    case .eligible: return "eligible"
    case .withdrawing: return "withdrawing"
    case .withdrawn: return "withdrawn"
    }
  }

  /// The glyph that tells the status apart without colour.
  public var glyph: String {
    switch self {
    case .inForce: return "●"
    case .pending: return "◐"
    case .signatory: return "○"
    case .inProcess: return "◔"
    case .eligible: return "·"
    case .withdrawing: return "◑"
    case .withdrawn: return "×"
    }
  }

  /// The glyph for terminals that show ASCII only.
  public var asciiGlyph: String {
    switch self {
    case .inForce: return "P"
    case .pending: return "p"
    case .signatory: return "s"
    case .inProcess: return "i"
    case .eligible: return "."
    case .withdrawing: return "w"
    case .withdrawn: return "x"
    }
  }

  /// A few words for a legend: "in force", "bound later" …
  public var legend: String {
    switch self {
    case .inForce: return "in force"
    case .pending: return "bound later"
    case .signatory: return "signed only"
    case .inProcess: return "in process"
    case .eligible: return "not signed"
    case .withdrawing: return "leaving"
    case .withdrawn: return "left"
    }
  }

  /// The colour that goes with it.
  public var color: StatusColor {
    switch self {
    case .inForce: return .green
    case .pending: return .yellow
    case .signatory: return .cyan
    case .inProcess: return .blue
    case .eligible: return .gray
    case .withdrawing: return .magenta
    case .withdrawn: return .red
    }
  }

  /// The glyph in the given alphabet.
  public func glyph(ascii: Bool) -> String { ascii ? asciiGlyph : glyph }

  /// The order statuses sort in: parties first, then those on their way out, then those on
  /// their way in, then the rest.
  public var rank: Int {
    switch self {
    case .inForce: return 0
    case .pending: return 1
    case .withdrawing: return 2
    case .inProcess: return 3
    case .signatory: return 4
    case .withdrawn: return 5
    case .eligible: return 6
    }
  }
}
