import TreatyModel

/// Reads an RSS 2.0 or Atom feed into ``NewsItem``s with a strict XML parser (libxml2,
/// through ``StreamingXMLParser``).
///
/// Safety: a feed larger than ``maximumByteCount`` is refused before it is read, and a
/// document in UTF-8 must be valid UTF-8 throughout (``FeedInput``). The parser never
/// resolves external entities (`<!ENTITY x SYSTEM "…">` is never fetched or read) and
/// entities the document declares are never expanded: references to them are removed before
/// parsing (``EntityReferenceFilter``), and the parser keeps no table of declared entities
/// as well. Every text field is stripped of markup and of control characters, escape
/// sequences included.
///
/// Each item gets:
/// - an id from its `guid` (RSS) or `id` (Atom), else its link, else `feed-` and a stable
///   hash of its title and date text;
/// - a date from `pubDate` (RFC 822), `published` or `updated` (Atom, RFC 3339) or
///   `dc:date`, as the calendar date the publisher wrote; an item with no readable date is
///   dated `importDay` with precision `.approximate`;
/// - a title (or "Untitled item"), a summary from `description`/`summary` (else
///   `content:encoded`/`content`), the link, and as origin the feed's title (else the
///   link's host).
public enum FeedParser {
  /// The longest title kept, in characters.
  public static let maximumTitleLength = 300
  /// The longest summary kept, in characters.
  public static let maximumSummaryLength = 1_000
  /// The largest feed accepted, in bytes: 15 MiB.
  public static let maximumByteCount = FeedInput.maximumByteCount

  /// Reads and parses the feed in a file; relative links resolve against `baseURL`.
  public static func parse(
    file path: String, importDay: CalendarDate, baseURL: String? = nil
  ) throws(FeedError) -> Feed {
    let byteCount: Int
    do {
      byteCount = try FileSystem.byteCount(of: path)
    } catch {
      throw FeedError(file: path, problem: .unreadable(reason: error.reason))
    }
    // A feed over the limit is refused before it is read into memory.
    try FeedInput.checkSize(byteCount, file: path)
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.read(path)
    } catch {
      throw FeedError(file: path, problem: .unreadable(reason: error.reason))
    }
    return try parse(bytes: bytes, file: path, importDay: importDay, baseURL: baseURL)
  }

  /// Parses feed bytes; `file` names the source in errors.
  ///
  /// Relative links resolve against `xml:base`, else `baseURL` (the address the feed was
  /// fetched from); a link that stays relative is dropped and counted. `charset` is the
  /// encoding the server named (`Content-Type`), used only when the document has neither a
  /// byte order mark nor an encoding in its XML declaration.
  public static func parse(
    bytes: [UInt8], file: String, importDay: CalendarDate, baseURL: String? = nil,
    charset: String? = nil
  ) throws(FeedError) -> Feed {
    let encoding = FeedInput.outsideEncoding(bytes, charset: charset)
    try FeedInput.check(bytes, file: file, outsideEncoding: encoding)
    let reader = FeedDocumentReader(documentBase: baseURL)
    let failure = StreamingXMLParser.parse(
      EntityReferenceFilter.filter(bytes), handler: reader, encoding: encoding)
    if let failure, reader.kind != nil || reader.rootElement == nil {
      // A parser that stopped before reading a line (an encoding it cannot convert, say)
      // says line 0: such an error names no line.
      let located = failure.line >= 1
      throw FeedError(
        file: file, line: located ? failure.line : nil, column: located ? failure.column : nil,
        problem: .malformed(reason: failure.reason))
    }
    guard let kind = reader.kind else {
      if let root = reader.rootElement {
        throw FeedError(file: file, problem: .notAFeed(rootElement: TextCleaner.clean(root)))
      }
      throw FeedError(file: file, problem: .malformed(reason: "no XML document found"))
    }
    let feedTitle = reader.feedTitle.map(cleanText) ?? ""
    var items: [NewsItem] = []
    var seenIdentifiers: Set<String> = []
    var seenLinks: Set<String> = []
    var duplicates = 0
    var unresolved = 0
    for raw in reader.entries {
      let (item, linkDropped) = makeItem(raw, feedTitle: feedTitle, importDay: importDay)
      if linkDropped { unresolved += 1 }
      if seenIdentifiers.contains(item.id) || (!item.link.isEmpty && seenLinks.contains(item.link))
      {
        duplicates += 1
        continue
      }
      seenIdentifiers.insert(item.id)
      if !item.link.isEmpty { seenLinks.insert(item.link) }
      items.append(item)
    }
    return Feed(
      kind: kind, title: feedTitle, items: items, duplicatesInFeed: duplicates,
      unresolvedLinks: unresolved)
  }

  /// Builds a news item from an entry's raw text, and says whether a link it had was dropped
  /// because it could not be made absolute.
  static func makeItem(
    _ raw: RawEntry, feedTitle: String, importDay: CalendarDate
  ) -> (item: NewsItem, linkDropped: Bool) {
    var title = limit(cleanText(raw.title ?? ""), to: maximumTitleLength)
    let summarySource = [raw.summary, raw.content].compactMap { $0 }.map(cleanText)
    let summary = limit(summarySource.first { !$0.isEmpty } ?? "", to: maximumSummaryLength)
    if title.isEmpty { title = "Untitled item" }
    let written = TextCleaner.clean(raw.link ?? "").trimmingWhiteSpace()
    let link = LinkResolver.resolve(written, against: raw.linkBase) ?? ""
    var date: CalendarDate?
    var dateText = ""
    if let text = raw.publicationDate {
      date = FeedDate.rfc822(text) ?? FeedDate.rfc3339(text)
      dateText = text
    }
    for text in raw.isoDates where date == nil {
      date = FeedDate.rfc3339(text) ?? FeedDate.rfc822(text)
      dateText = text
    }
    var identifier = TextCleaner.clean(raw.identifier ?? "")
    if identifier.isEmpty { identifier = link }
    if identifier.isEmpty {
      identifier = "feed-" + StableHash.hex(title + "|" + dateText.trimmingWhiteSpace())
    }
    var origin = feedTitle
    if origin.isEmpty { origin = host(of: link) ?? "imported feed" }
    let item = NewsItem(
      id: identifier, date: date ?? importDay, precision: date == nil ? .approximate : .day,
      title: title, summary: summary, link: link, origin: origin)
    return (item, !written.isEmpty && link.isEmpty)
  }

  /// Markup removed, references decoded, control characters and escape sequences removed.
  static func cleanText(_ text: String) -> String {
    TextCleaner.clean(MarkupStripper.plainText(TextCleaner.clean(text)))
  }

  /// The text cut to at most `length` characters at a word boundary, with an ellipsis.
  static func limit(_ text: String, to length: Int) -> String {
    guard text.count > length else { return text }
    var cut = String(text.prefix(length - 1))
    if let space = cut.lastIndex(of: " "),
      cut.distance(from: cut.startIndex, to: space) > length / 2
    {
      cut = String(cut[..<space])
    }
    return cut + "…"
  }

  /// The host part of an http(s) URL (which ends at a space, too).
  static func host(of link: String) -> String? {
    guard let range = link.firstRange(of: "://") else { return nil }
    let rest = link[range.upperBound...]
    let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" && $0 != " " }
    return host.isEmpty ? nil : String(host)
  }
}
