/// One line of the marks journal: a new mark, or the undo or redo of an earlier one.
public struct JournalEntry: Hashable, Sendable {
  /// What the entry does.
  public enum Operation: Hashable, Sendable {
    /// Records a new mark.
    case mark(Mark)
    /// Withdraws the mark with this sequence number.
    case undo(target: Int)
    /// Restores the mark with this sequence number.
    case redo(target: Int)
  }

  /// The entry's sequence number (shared numbering with marks).
  public let sequence: Int
  /// When the entry was written.
  public let madeAt: Timestamp
  /// What it does.
  public let operation: Operation

  /// Creates an entry.
  public init(sequence: Int, madeAt: Timestamp, operation: Operation) {
    self.sequence = sequence
    self.madeAt = madeAt
    self.operation = operation
  }
}
