/// One dated step a state took on its way to depositing, as the user recorded it with
/// evidence: the stage, the date, where it was read and a short note.
public struct PipelineStep: Hashable, Sendable, Comparable {
  /// The longest note a step keeps, in characters: a line of evidence, not an article.
  public static let maximumNoteLength = 200
  /// The longest source link a step keeps, in characters.
  public static let maximumSourceLength = 500

  /// The stage reached.
  public let stage: PipelineStage
  /// The date it was reached.
  public let date: CalendarDate
  /// Where the evidence is (a web address), or empty.
  public let source: String
  /// A short quote or note, or empty.
  public let note: String
  /// The sequence number of the mark that recorded it.
  public let markSequence: Int

  /// Creates a step.
  public init(
    stage: PipelineStage, date: CalendarDate, source: String = "", note: String = "",
    markSequence: Int
  ) {
    self.stage = stage
    self.date = date
    self.source = source
    self.note = note
    self.markSequence = markSequence
  }

  /// Steps sort by date, then by stage, then by the order they were recorded.
  public static func < (left: PipelineStep, right: PipelineStep) -> Bool {
    if left.date != right.date { return left.date < right.date }
    if left.stage != right.stage { return left.stage < right.stage }
    return left.markSequence < right.markSequence
  }

  /// Why a source link or note cannot be kept, or nil when both are fine: a source is empty
  /// or an `http(s)://` address without spaces; a note is at most ``maximumNoteLength``
  /// characters.
  public static func problem(source: String, note: String) -> String? {
    if !source.isEmpty {
      // The same rule as a feed's address: http or https, a host, no space and no control
      // character (saved cleaned, one would no longer be the address that was checked).
      guard Subscription.isFetchable(source) else {
        return "the source '\(source)' is not a web address (https://…)"
      }
      if source.count > maximumSourceLength {
        return "the source is longer than \(maximumSourceLength) characters"
      }
    }
    if note.count > maximumNoteLength {
      return "the note is longer than \(maximumNoteLength) characters (\(note.count))"
    }
    return nil
  }

  /// The furthest stage among `steps`, the state's place on the way.
  public static func furthest(of steps: [PipelineStep]) -> PipelineStep? {
    steps.max { left, right in
      left.stage != right.stage ? left.stage < right.stage : left < right
    }
  }
}
