/// A change the user recorded on top of the shipped data, with when it was made.
///
/// Marks are how btap keeps up when news of a new ratification arrives before the shipped
/// data does. They are never edited in place: undo and redo are journal entries of their own.
public struct Mark: Hashable, Sendable, Identifiable {
  /// What the mark records.
  public enum Action: Hashable, Sendable {
    /// A signatory deposited its instrument of ratification on the date.
    case ratification(CalendarDate)
    /// A state or organization acceded on the date.
    case accession(CalendarDate)
    /// It signed on the date (within the signature period of Article 25).
    case signature(CalendarDate)
    /// WIPO's Director General received its notice of denunciation on the date.
    case denunciation(CalendarDate)
    /// A shipped fact is corrected; an empty value clears it.
    case correction(CorrectableField, String)
    /// The party made a declaration with its instrument deposited on the date, under these
    /// article paragraphs; the summary is in btap's words.
    case declaration(Declaration.Kind, paragraphs: [String], summary: String, CalendarDate)
    /// A proposal read from a notification or the news (by its identifier) was set aside.
    case dismissal(String)
    /// The depositary's table as of the date, kept in the named file of ``DataLayer``, lies
    /// under every other mark as a newer release of the data would (no party: `partyCode` is
    /// empty).
    case dataLayer(asOf: CalendarDate, file: String)
    /// The state reached a stage on its way to depositing on the date; `source` is where the
    /// evidence is (a web address) or empty. The mark's note holds a short quote or note.
    case step(PipelineStage, source: String, CalendarDate)

    /// The journal keyword: `ratification`, `accession`, `signature`, `denunciation`,
    /// `correction`, `declaration`, `dismissal`, `data-layer`, `step`.
    public var keyword: String {
      switch self {
      case .ratification: return "ratification"
      case .accession: return "accession"
      case .signature: return "signature"
      case .denunciation: return "denunciation"
      case .correction: return "correction"
      case .declaration: return "declaration"
      case .dismissal: return "dismissal"
      case .dataLayer: return Action.dataLayerKeyword
      case .step: return "step"
      }
    }

    /// The journal keyword of ``dataLayer(asOf:file:)``.
    public static let dataLayerKeyword = "data-layer"

    /// The date the action happened, for dated actions.
    public var date: CalendarDate? {
      switch self {
      case .ratification(let date), .accession(let date), .signature(let date),
        .denunciation(let date), .declaration(_, _, _, let date), .dataLayer(let date, _),
        .step(_, _, let date):
        return date
      case .correction, .dismissal: return nil
      }
    }
  }

  /// A shipped fact that a correction may change.
  public enum CorrectableField: String, CaseIterable, Hashable, Sendable {
    /// The signature date.
    case signatureDate = "signature_date"
    /// The deposit date.
    case depositDate = "deposit_date"
    /// The instrument kind.
    case instrument
    /// The name.
    case name
    /// The region.
    case region
  }

  /// The journal sequence number, unique and increasing.
  public let sequence: Int
  /// When the user made it.
  public let madeAt: Timestamp
  /// The ISO code of the party it concerns.
  public let partyCode: String
  /// What it records.
  public let action: Action
  /// The user's note (for example where the news came from), or empty.
  public let note: String

  /// The sequence number.
  public var id: Int { sequence }

  /// Creates a mark.
  public init(sequence: Int, madeAt: Timestamp, partyCode: String, action: Action, note: String) {
    self.sequence = sequence
    self.madeAt = madeAt
    self.partyCode = partyCode
    self.action = action
    self.note = note
  }
}
