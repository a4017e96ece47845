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

  /// The date as precisely as it is known, for every output: `2020-01-28` for a day, `2016-07`
  /// for a month or an inferred date, never with a day that was made up.
  public var knownDate: String {
    precision == .day ? date.description : String(date.description.prefix(7))
  }

  /// The link as a reader should see it: the item's own address, or `site: fia-actors.com`
  /// when the link points only at a site's home page and so is not the item's own.
  public var shownLink: String {
    guard let host = Self.homePageHost(link) else { return link }
    return "site: " + host
  }

  /// The host of a link that names no page (`https://www.fia-actors.com/`), without `www.`;
  /// nil for a link to a page.
  static func homePageHost(_ link: String) -> String? {
    var rest = Substring(link)
    for scheme in ["https://", "http://"] where rest.lowercased().hasPrefix(scheme) {
      rest = rest.dropFirst(scheme.count)
    }
    guard rest.count < link.count else { return nil }
    let slash = rest.firstIndex(of: "/") ?? rest.endIndex
    let host = rest[..<slash]
    let path = rest[slash...]
    guard !host.isEmpty, path.isEmpty || path == "/" else { return nil }
    return String(host.lowercased().hasPrefix("www.") ? host.dropFirst(4) : host)
  }
}
