/// A group of states that campaigners for the treaty work on, in the order they are usually
/// worked on: a state in several groups belongs first to the earliest.
public enum TargetGroup: String, CaseIterable, Hashable, Sendable {
  /// Signed the treaty and deposited nothing yet: one step from joining.
  case signatories = "signatories"
  /// Party to the WPPT, not to this treaty: sound performers protected, screen performers not.
  case wpptNotBTAP = "wppt-not-btap"
  /// Party to the Rome Convention, not to this treaty.
  case romeNotBTAP = "rome-not-btap"
  /// WIPO members in none of the groups above.
  case otherMembers = "other-members"

  /// The key used on the command line and in exports.
  public var key: String { rawValue }

  /// The heading lists show.
  public var title: String {
    switch self {
    case .signatories: return "Signed, not ratified"
    case .wpptNotBTAP: return "WPPT, not BTAP"
    case .romeNotBTAP: return "Rome, not BTAP"
    case .otherMembers: return "None of these"
    }
  }

  /// A word or two for narrow places: "Signed", "WPPT", "Rome", "Others".
  public var shortTitle: String {
    switch self {
    case .signatories: return "Signed"
    case .wpptNotBTAP: return "WPPT"
    case .romeNotBTAP: return "Rome"
    case .otherMembers: return "Others"
    }
  }

  /// Why the group matters, in a sentence for help and legends.
  public var explanation: String {
    switch self {
    case .signatories:
      return "signed the Beijing Treaty but deposited no instrument"
    case .wpptNotBTAP:
      return "protect performers on sound recordings (WPPT) but not on screen"
    case .romeNotBTAP:
      return "joined the Rome Convention but not the Beijing Treaty"
    case .otherMembers:
      return "WIPO members outside the Beijing Treaty, the WPPT and Rome"
    }
  }

  /// The glyph that tells the group apart without colour.
  public var glyph: String {
    switch self {
    case .signatories: return "○"
    case .wpptNotBTAP: return "◇"
    case .romeNotBTAP: return "△"
    case .otherMembers: return "·"
    }
  }

  /// The glyph for terminals that show ASCII only.
  public var asciiGlyph: String {
    switch self {
    case .signatories: return "s"
    case .wpptNotBTAP: return "w"
    case .romeNotBTAP: return "r"
    case .otherMembers: return "."
    }
  }

  /// The glyph in the given alphabet.
  public func glyph(ascii: Bool) -> String { ascii ? asciiGlyph : glyph }

  /// The colour that goes with it.
  public var color: StatusColor {
    switch self {
    case .signatories: return .cyan
    case .wpptNotBTAP: return .yellow
    case .romeNotBTAP: return .magenta
    case .otherMembers: return .gray
    }
  }
}
