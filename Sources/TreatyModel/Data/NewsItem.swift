/// A dated news item about the treaty.
///
/// An item loaded from a table keeps its row and makes its title, summary, link and origin
/// only when they are read: the dashboard shows a screenful of ten thousand items, and making
/// four strings for each of them took a quarter of its start. Items made in code hold strings.
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

  /// Where an item's texts are.
  private enum Text: Sendable {
    /// Made in code.
    case strings(Strings)
    /// The fields of a checked row of a news table (columns as in ``TreatyDataset``'s
    /// news header: id, date, precision, title, summary, link, origin).
    case row(TSVTable.Row)
  }

  /// Texts made in code, kept apart so that an item stays small.
  private final class Strings: Sendable {
    let title: String
    let summary: String
    let link: String
    let origin: String

    init(title: String, summary: String, link: String, origin: String) {
      self.title = title
      self.summary = summary
      self.link = link
      self.origin = origin
    }
  }

  /// The columns of the texts in a news table's row.
  enum Column {
    static let title = 3
    static let summary = 4
    static let link = 5
    static let origin = 6
  }

  /// A stable identifier (also used for read/unread state).
  public var id: String
  /// The publication date.
  public var date: CalendarDate
  /// How precisely the date is known.
  public var precision: Precision
  /// The title, summary, link and origin.
  private var text: Text

  /// Creates a news item.
  public init(
    id: String, date: CalendarDate, precision: Precision, title: String, summary: String,
    link: String, origin: String
  ) {
    self.id = id
    self.date = date
    self.precision = precision
    text = .strings(Strings(title: title, summary: summary, link: link, origin: origin))
  }

  /// An item whose texts stay in a checked row of a news table until read.
  init(id: String, date: CalendarDate, precision: Precision, row: TSVTable.Row) {
    self.id = id
    self.date = date
    self.precision = precision
    text = .row(row)
  }

  /// The title as published.
  public var title: String {
    get { field(Column.title) { title, _, _, _ in title } }
    set { setTexts(title: newValue) }
  }
  /// A summary in btap's own words.
  public var summary: String {
    get { field(Column.summary) { _, summary, _, _ in summary } }
    set { setTexts(summary: newValue) }
  }
  /// Where to read it.
  public var link: String {
    get { field(Column.link) { _, _, link, _ in link } }
    set { setTexts(link: newValue) }
  }
  /// Which site listed it.
  public var origin: String {
    get { field(Column.origin) { _, _, _, origin in origin } }
    set { setTexts(origin: newValue) }
  }

  /// One text: from the strings, or made from the row's field.
  private func field(
    _ column: Int, _ pick: (String, String, String, String) -> String
  ) -> String {
    switch text {
    case .strings(let strings):
      return pick(strings.title, strings.summary, strings.link, strings.origin)
    case .row(let row):
      return row.isEmpty(column) ? "" : row[column]
    }
  }

  /// Holds the texts as strings, with the given ones changed.
  private mutating func setTexts(
    title: String? = nil, summary: String? = nil, link: String? = nil, origin: String? = nil
  ) {
    text = .strings(
      Strings(
        title: title ?? self.title, summary: summary ?? self.summary, link: link ?? self.link,
        origin: origin ?? self.origin))
  }

  /// Whether two items are the same: id, date, precision and every text.
  public static func == (left: NewsItem, right: NewsItem) -> Bool {
    guard left.id == right.id, left.date == right.date, left.precision == right.precision else {
      return false
    }
    // Items of one row of one loaded table are equal without reading their texts.
    if case .row(let leftRow) = left.text, case .row(let rightRow) = right.text,
      leftRow.isSameRow(as: rightRow)
    {
      return true
    }
    return left.title == right.title && left.summary == right.summary && left.link == right.link
      && left.origin == right.origin
  }

  /// Hashes the id, date and precision (items ``==`` compares equal hash alike).
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(date)
    hasher.combine(precision)
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
