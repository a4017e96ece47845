import TerminalUI
import TreatyModel

/// The "mark a change" dialog: which kind of instrument, and its date.
public struct MarkDialogState: Hashable, Sendable {
  /// The kinds the dialog offers, in order.
  public enum Kind: String, CaseIterable, Hashable, Sendable {
    /// A signatory's ratification.
    case ratification
    /// An accession.
    case accession
    /// A signature.
    case signature
    /// A notice of denunciation.
    case denunciation

    /// The key that picks it in the dialog.
    public var shortcut: Character {
      switch self {
      case .ratification: return "r"
      case .accession: return "a"
      case .signature: return "s"
      case .denunciation: return "d"
      }
    }

    /// The model action for a date.
    public func action(on date: CalendarDate) -> Mark.Action {
      switch self {
      case .ratification: return .ratification(date)
      case .accession: return .accession(date)
      case .signature: return .signature(date)
      case .denunciation: return .denunciation(date)
      }
    }
  }

  /// The party's ISO code.
  public var partyCode: String
  /// The party's name (for the title).
  public var partyName: String
  /// The chosen kind.
  public var kind: Kind
  /// The date being typed.
  public var dateField: TextField
  /// A problem with the input, shown in the dialog.
  public var error: String?

  /// Opens the dialog for a party, proposing the likeliest kind and today's date.
  public init(partyCode: String, partyName: String, kind: Kind, today: CalendarDate) {
    self.partyCode = partyCode
    self.partyName = partyName
    self.kind = kind
    var field = TextField(maxLength: 10)
    field.insert(today.description)
    dateField = field
    error = nil
  }
}
