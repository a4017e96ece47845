/// An event read from a depositary notification or a news item, proposed to the user as a
/// mark: who, what, when, and where it was read.
public struct ProposedEvent: Hashable, Sendable, Identifiable {
  /// What happened.
  public enum Kind: String, CaseIterable, Hashable, Sendable {
    /// An instrument of ratification was deposited.
    case ratification
    /// An instrument of accession was deposited.
    case accession
    /// The treaty was signed.
    case signature
    /// A notice of denunciation was received.
    case denunciation

    /// The mark that records it on `date`.
    public func action(on date: CalendarDate) -> Mark.Action {
      switch self {
      case .ratification: return .ratification(date)
      case .accession: return .accession(date)
      case .signature: return .signature(date)
      case .denunciation: return .denunciation(date)
      }
    }
  }

  /// How sure the reading is.
  public enum Confidence: String, CaseIterable, Hashable, Sendable {
    /// A numbered depositary notification: party, act and date are the depositary's own.
    case certain
    /// Read from looser words (a press headline): check before recording.
    case check
  }

  /// A stable identifier: the notification number, or `CODE-kind-date` for an unnumbered
  /// reading, so the same notification read twice is the same proposal.
  public var id: String
  /// The ISO code of the party.
  public var partyCode: String
  /// What happened.
  public var kind: Kind
  /// The deposit (or signature, or notice) date; for a headline, the day it was published.
  public var date: CalendarDate
  /// Whether ``date`` is the event's own date rather than the day the news came out.
  public var isDateExact: Bool
  /// The depositary notification's number, if the text had one.
  public var notification: Int?
  /// Declarations the instrument contained.
  public var declarations: [ProposedDeclaration]
  /// Where it was read.
  public var source: ProposalSource
  /// How sure the reading is.
  public var confidence: Confidence
  /// The text it was read from, on one line (shown quoted).
  public var excerpt: String

  /// Creates a proposed event.
  public init(
    id: String, partyCode: String, kind: Kind, date: CalendarDate, isDateExact: Bool,
    notification: Int?, declarations: [ProposedDeclaration], source: ProposalSource,
    confidence: Confidence, excerpt: String
  ) {
    self.id = id
    self.partyCode = partyCode
    self.kind = kind
    self.date = date
    self.isDateExact = isDateExact
    self.notification = notification
    self.declarations = declarations
    self.source = source
    self.confidence = confidence
    self.excerpt = excerpt
  }

  /// The identifier an event gets: its notification number, else code, kind and date.
  public static func identifier(
    notification: Int?, partyCode: String, kind: Kind, date: CalendarDate
  ) -> String {
    if let notification { return String(notification) }
    return "\(partyCode)-\(kind.rawValue)-\(date)"
  }

  /// The mark that records it.
  public var action: Mark.Action { kind.action(on: date) }

  /// The note a recorded mark carries: the notification (or news item) and its link.
  public var note: String {
    var text: String
    if let notification {
      text = "Beijing Notification No. \(notification)"
    } else if source.kind == .news {
      text = "news item \(source.reference)"
    } else {
      text = "notification read from \(source.reference)"
    }
    if !source.link.isEmpty { text += " " + source.link }
    return text
  }
}
