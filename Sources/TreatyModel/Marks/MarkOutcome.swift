/// What became of a mark when it was laid over the shipped data.
public enum MarkOutcome: Hashable, Sendable {
  /// It changed the data.
  case applied
  /// The shipped data now records the same fact, so the mark adds nothing.
  case confirmedByShippedData
  /// The depositary's table the user imported (``DataLayer``) now records the same fact.
  case confirmedByImportedTable
  /// It no longer fits (for example, newer shipped data records a different deposit); kept
  /// in the history, not applied.
  case superseded(reason: String)
}
