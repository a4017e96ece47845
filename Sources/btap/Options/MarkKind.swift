import ArgumentParser
import TreatyModel

/// The kind of event `btap mark` records.
enum MarkKind: String, CaseIterable, EnumerableFlag, Sendable {
  /// A signatory deposited its instrument of ratification.
  case ratification
  /// A state acceded without having signed.
  case accession
  /// A state signed (within the signature period).
  case signature
  /// A party gave notice of denunciation.
  case denunciation

  /// The model's action for this kind on a date.
  func action(on date: CalendarDate) -> Mark.Action {
    switch self {
    case .ratification: return .ratification(date)
    case .accession: return .accession(date)
    case .signature: return .signature(date)
    case .denunciation: return .denunciation(date)
    }
  }

  static func help(for value: MarkKind) -> ArgumentHelp? {
    switch value {
    case .ratification: return "Record a deposited instrument of ratification."
    case .accession: return "Record a deposited instrument of accession."
    case .signature: return "Record a signature."
    case .denunciation: return "Record a notice of denunciation."
    }
  }
}
