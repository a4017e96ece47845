/// One dated step in the treaty's history.
public struct TimelineEvent: Hashable, Sendable {
  /// The date used for ordering.
  public var sortDate: CalendarDate
  /// The date as shown (may be a year or a range).
  public var shownDate: String
  /// What happened, in btap's words.
  public var event: String

  /// Creates an event.
  public init(sortDate: CalendarDate, shownDate: String, event: String) {
    self.sortDate = sortDate
    self.shownDate = shownDate
    self.event = event
  }
}
