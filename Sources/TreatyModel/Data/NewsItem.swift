/// A dated news item about the treaty.
public struct NewsItem: Hashable, Sendable, Identifiable {
  /// How precisely the date is known.
  public enum Precision: String, CaseIterable, Hashable, Sendable {
    /// The exact day.
    case day
    /// Only the month.
    case month
    /// Inferred from the text.
    case approximate
  }

  /// A stable identifier (also used for read/unread state).
  public var id: String
  /// The publication date.
  public var date: CalendarDate
  /// How precisely the date is known.
  public var precision: Precision
  /// The title as published.
  public var title: String
  /// A summary in btap's own words.
  public var summary: String
  /// Where to read it.
  public var link: String
  /// Which site listed it.
  public var origin: String

  /// Creates a news item.
  public init(
    id: String, date: CalendarDate, precision: Precision, title: String, summary: String,
    link: String, origin: String
  ) {
    self.id = id
    self.date = date
    self.precision = precision
    self.title = title
    self.summary = summary
    self.link = link
    self.origin = origin
  }

  /// The date as a reader should see it: `2020-01-28`, `2016-07` or `about 2019-09`.
  public var shownDate: String {
    switch precision {
    case .day: return date.description
    case .month: return String(date.description.prefix(7))
    case .approximate: return "about " + String(date.description.prefix(7))
    }
  }
}
