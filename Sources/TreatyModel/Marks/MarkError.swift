/// Why a mark cannot be made: each case carries what the message needs.
public enum MarkError: Error, Hashable, Sendable, CustomStringConvertible {
  /// No state or organization has this code or name.
  case unknownParty(String)
  /// The date is before the treaty was adopted.
  case beforeAdoption(date: CalendarDate, adopted: CalendarDate)
  /// The date is later than today.
  case inTheFuture(date: CalendarDate, today: CalendarDate)
  /// Only signatories can ratify.
  case notASignatory(name: String)
  /// It already deposited an instrument.
  case alreadyDeposited(name: String, instrument: Instrument?, date: CalendarDate)
  /// It already signed.
  case alreadySigned(name: String, date: CalendarDate)
  /// A signature outside the signature period (Article 25).
  case outsideSignaturePeriod(date: CalendarDate, start: CalendarDate, end: CalendarDate)
  /// A deposit before its own signature.
  case depositBeforeSignature(name: String, signed: CalendarDate)
  /// Denouncing requires being a party.
  case notAParty(name: String)
  /// A notice of denunciation before the deposit it would undo.
  case denunciationBeforeDeposit(name: String, deposited: CalendarDate)
  /// It already gave notice of denunciation.
  case alreadyDenounced(name: String, date: CalendarDate)
  /// A correction's value is not acceptable for its field.
  case invalidCorrection(field: Mark.CorrectableField, value: String, reason: String)
  /// A step on the way to depositing dated after the deposit itself.
  case stepAfterDeposit(name: String, deposited: CalendarDate)
  /// A step's source link or note is not acceptable (``PipelineStep/problem(source:note:)``).
  case invalidStep(String)
  /// There is nothing to undo.
  case nothingToUndo
  /// There is nothing to redo.
  case nothingToRedo
  /// Undoing or redoing would leave the marks contradicting each other.
  case wouldContradict(String)
  /// The journal's last entry has the largest sequence number allowed; nothing can follow.
  case journalFull(last: Int)

  /// The sentence shown to the user.
  public var description: String {
    switch self {
    case .unknownParty(let text): return "no state or organization matches '\(text)'"
    case .beforeAdoption(let date, let adopted):
      return "\(date) is before the treaty was adopted (\(adopted))"
    case .inTheFuture(let date, let today): return "\(date) is in the future (today is \(today))"
    case .notASignatory(let name):
      return "\(name) has not signed, and only signatories ratify: mark an accession instead"
    case .alreadyDeposited(let name, let instrument, let date):
      let kind = instrument?.rawValue ?? "instrument"
      return "\(name) already deposited its \(kind) on \(date)"
    case .alreadySigned(let name, let date): return "\(name) already signed on \(date)"
    case .outsideSignaturePeriod(let date, let start, let end):
      return "\(date) is outside the signature period, \(start) to \(end) (Art. 25)"
    case .depositBeforeSignature(let name, let signed):
      return "\(name) signed on \(signed); a deposit cannot come before it"
    case .notAParty(let name): return "\(name) is not a party, so it cannot denounce the treaty"
    case .denunciationBeforeDeposit(let name, let deposited):
      return "\(name) deposited on \(deposited); a denunciation cannot come before it"
    case .alreadyDenounced(let name, let date):
      return "\(name) already gave notice of denunciation on \(date)"
    case .invalidCorrection(let field, let value, let reason):
      return "cannot set \(field.rawValue) to '\(value)': \(reason)"
    case .stepAfterDeposit(let name, let deposited):
      return "\(name) deposited on \(deposited); a step on the way cannot come after it"
    case .invalidStep(let problem): return problem
    case .nothingToUndo: return "nothing to undo"
    case .nothingToRedo: return "nothing to redo"
    case .wouldContradict(let text): return text
    case .journalFull(let last):
      return "the marks journal has reached its last sequence number (\(last)); "
        + "move marks.tsv aside to start a new one"
    }
  }
}
