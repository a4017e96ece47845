/// Everything btap ships about the treaty, loaded strictly from the resource directory.
///
/// The shipped files are read-only; the user's own changes live apart, as ``Mark``s.
public struct TreatyDataset: Equatable, Sendable {
  /// The file names, in one place.
  public enum FileName {
    /// Treaty-wide facts (key/value).
    public static let treaty = "treaty.tsv"
    /// The overview sections.
    public static let overview = "overview.tsv"
    /// Key facts.
    public static let facts = "facts.tsv"
    /// The timeline.
    public static let timeline = "timeline.tsv"
    /// The 30 articles.
    public static let articles = "articles.tsv"
    /// Signatories and parties.
    public static let parties = "parties.tsv"
    /// States that may join.
    public static let states = "states.tsv"
    /// Declarations by parties.
    public static let declarations = "declarations.tsv"
    /// News items.
    public static let news = "news.tsv"
  }

  /// The header row each file must have, in one place.
  enum Header {
    /// Treaty-wide facts (key/value).
    static let treaty = ["key", "value"]
    /// The overview sections.
    static let overview = ["section", "heading", "paragraph"]
    /// Key facts.
    static let facts = ["label", "value", "source"]
    /// The timeline.
    static let timeline = ["sort_date", "shown", "event"]
    /// The 30 articles.
    static let articles = [
      "number", "title", "class", "substantive", "reaches", "summary",
    ]
    /// Signatories and parties.
    static let parties = [
      "name", "iso2", "region", "signature_date", "instrument", "deposit_date", "in_force_date",
      "note", "sources",
    ]
    /// States that may join.
    static let states = ["name", "iso2", "region", "wipo_member"]
    /// Declarations by parties.
    static let declarations = [
      "iso2", "articles", "kind", "notification", "status", "summary", "source",
    ]
    /// News items (the user's imported news has the same columns).
    static let news = ["id", "date", "precision", "title", "summary", "link", "origin"]
  }

  /// Treaty-wide facts and rule constants.
  public var facts: TreatyFacts
  /// The overview's sections.
  public var overview: [OverviewSection]
  /// Key facts for the overview.
  public var keyFacts: [KeyFact]
  /// The timeline, oldest first.
  public var timeline: [TimelineEvent]
  /// The 30 articles, in order.
  public var articles: [Article]
  /// Every signatory and party, then every other state that may join, each once.
  public var participants: [Participant] {
    didSet { participantIndex = ParticipantIndex(participants) }
  }
  /// Each participant's position in ``participants`` by code, kept with them.
  public private(set) var participantIndex: ParticipantIndex
  /// Declarations, in file order.
  public var declarations: [Declaration]
  /// News items, newest first.
  public var news: [NewsItem]

  /// Creates a dataset from parts (for tests and synthetic benchmarks).
  public init(
    facts: TreatyFacts, overview: [OverviewSection], keyFacts: [KeyFact],
    timeline: [TimelineEvent], articles: [Article], participants: [Participant],
    declarations: [Declaration], news: [NewsItem]
  ) {
    self.init(
      facts: facts, overview: overview, keyFacts: keyFacts, timeline: timeline,
      articles: articles, participants: participants,
      participantIndex: ParticipantIndex(participants), declarations: declarations, news: news)
  }

  /// Creates a dataset whose participants' index was built as they were read.
  init(
    facts: TreatyFacts, overview: [OverviewSection], keyFacts: [KeyFact],
    timeline: [TimelineEvent], articles: [Article], participants: [Participant],
    participantIndex: ParticipantIndex, declarations: [Declaration], news: [NewsItem]
  ) {
    self.facts = facts
    self.overview = overview
    self.keyFacts = keyFacts
    self.timeline = timeline
    self.articles = articles
    self.participants = participants
    self.participantIndex = participantIndex
    self.declarations = declarations
    self.news = news
  }

  /// Loads every shipped file from `directory`, failing on the first malformed one.
  ///
  /// Without `includingNews`, `news.tsv` is not read and ``news`` is empty: for a front end
  /// that shows no news (`btap status`), so that its start does not grow with the news.
  public static func load(
    from directory: String, includingNews: Bool = true
  ) throws(DataError) -> TreatyDataset {
    func table(_ name: String, _ header: [String]) throws(DataError) -> TSVTable {
      try readTable(directory: directory, name: name, header: header)
    }
    // The news file is opened first, and a large one read on a thread of its own meanwhile:
    // with ten thousand items it took as long as everything else. Its errors are thrown after
    // the other files', as before.
    let newsFile = FileSystem.join(directory, FileName.news)
    var newsBytes: TableBytes?
    var newsFailure: DataError?
    if includingNews {
      do { newsBytes = try mappedTable(newsFile) } catch { newsFailure = error }
    }
    @Sendable func readNews(_ bytes: TableBytes) throws(DataError) -> [NewsItem] {
      try parseNews(TSVTable(bytes: bytes, file: newsFile, expectedHeader: Header.news))
    }
    var newsWork: SideThread<Result<[NewsItem], DataError>>?
    if let bytes = newsBytes, bytes.count >= separateThreadBytes {
      newsWork = SideThread { Result { () throws(DataError) in try readNews(bytes) } }
    }
    let facts = try parseFacts(table(FileName.treaty, Header.treaty))
    let parties = try table(FileName.parties, Header.parties)
    let states = try table(FileName.states, Header.states)
    // One index of codes, built as the rows are read: it finds duplicates, and the ledger,
    // snapshots and the user's files use it from then on.
    var index = ParticipantIndex(capacity: parties.rows.count + states.rows.count)
    // Room for the states that may join, appended in place: `listed + eligible` copied
    // every participant once more.
    var participants = try parseParties(
      parties, facts: facts, index: &index, extraCapacity: states.rows.count)
    let listedCount = participants.count
    participants.append(contentsOf: try parseStates(states, listed: index))
    for position in listedCount..<participants.count {
      index.insert(participants[position].code, at: position)
    }
    let overview = try parseOverview(table(FileName.overview, Header.overview))
    let keyFacts = try parseKeyFacts(table(FileName.facts, Header.facts))
    let timeline = try parseTimeline(table(FileName.timeline, Header.timeline))
    let articles = try parseArticles(table(FileName.articles, Header.articles))
    let declarations = try parseDeclarations(
      table(FileName.declarations, Header.declarations), isKnown: index.contains(key:))
    var news: [NewsItem] = []
    if let newsFailure { throw newsFailure }
    if let newsWork {
      news = try newsWork.join().get()
    } else if let newsBytes {
      news = try readNews(newsBytes)
    }
    return TreatyDataset(
      facts: facts, overview: overview, keyFacts: keyFacts, timeline: timeline,
      articles: articles, participants: participants, participantIndex: index,
      declarations: declarations, news: news)
  }

  /// The size from which a file is read on a thread of its own: starting one costs about as
  /// much as reading this much news.
  static let separateThreadBytes = 64 << 10

  /// Loads only the treaty-wide facts (`treaty.tsv`), as strictly: the data's date for
  /// `btap --version`.
  public static func loadFacts(from directory: String) throws(DataError) -> TreatyFacts {
    try parseFacts(readTable(directory: directory, name: FileName.treaty, header: Header.treaty))
  }

  /// Reads and cuts one shipped file, checking its header.
  static func readTable(
    directory: String, name: String, header: [String]
  ) throws(DataError) -> TSVTable {
    let path = FileSystem.join(directory, name)
    return try TSVTable(bytes: mappedTable(path), file: path, expectedHeader: header)
  }

  /// Maps one shipped file (``TableBytes``), or names why it cannot be read.
  static func mappedTable(_ path: String) throws(DataError) -> TableBytes {
    do {
      return try TableBytes(mapping: path)
    } catch {
      throw DataError(file: path, line: nil, problem: .unreadable(reason: error.reason))
    }
  }

  /// The longest delay of Articles 26 to 28 accepted, in months: a century keeps every date
  /// the rules compute far from overflowing.
  static let maximumDelayMonths = 1_200

  /// Parses the key/value treaty file.
  static func parseFacts(_ table: TSVTable) throws(DataError) -> TreatyFacts {
    var values: [String: (value: String, row: TSVTable.Row)] = [:]
    for row in table.rows {
      let key = try table.required(row, 0)
      if let first = values[key] {
        throw table.error(row, .duplicate(column: "key", value: key, firstLine: first.row.line))
      }
      values[key] = (row[1], row)
    }
    func text(_ key: String) throws(DataError) -> String {
      guard let entry = values[key] else {
        throw DataError(file: table.file, line: nil, problem: .missingKey(key))
      }
      guard !entry.value.isEmpty else { throw table.error(entry.row, .emptyField(column: key)) }
      return entry.value
    }
    func date(_ key: String) throws(DataError) -> CalendarDate {
      let value = try text(key)
      guard let date = CalendarDate(value) else {
        throw DataError(
          file: table.file, line: values[key]?.row.line,
          problem: .badDate(column: key, value: value))
      }
      return date
    }
    func number(_ key: String, in range: ClosedRange<Int> = 1...Int.max) throws(DataError) -> Int {
      let value = try text(key)
      guard let number = Int(value) else {
        throw DataError(
          file: table.file, line: values[key]?.row.line,
          problem: .badNumber(column: key, value: value))
      }
      guard range.contains(number) else {
        throw DataError(
          file: table.file, line: values[key]?.row.line,
          problem: .outOfRange(column: key, value: value, range: range))
      }
      return number
    }
    // Delays are added to dates; a century bounds them far from the integer limit.
    let months = 1...TreatyDataset.maximumDelayMonths
    return TreatyFacts(
      name: try text("name"), shortName: try text("short_name"),
      administeredBy: try text("administered_by"), depositary: try text("depositary"),
      conferenceOpened: try date("conference_opened"), adopted: try date("adopted"),
      signingCeremony: try date("signing_ceremony"),
      signaturePeriodEnds: try date("signature_period_ends"),
      thresholdParties: try number("threshold_parties"),
      entryIntoForceDelayMonths: try number("entry_into_force_delay_months", in: months),
      partyEffectDelayMonths: try number("party_effect_delay_months", in: months),
      denunciationDelayMonths: try number("denunciation_delay_months", in: months),
      dataAsOf: try date("data_as_of"))
  }

  /// Parses the signatories and parties table, indexing their codes (each must be new to
  /// `index`) at their positions.
  static func parseParties(
    _ table: TSVTable, facts: TreatyFacts, index: inout ParticipantIndex, extraCapacity: Int = 0
  ) throws(DataError) -> [Participant] {
    var participants: [Participant] = []
    participants.reserveCapacity(table.rows.count + extraCapacity)
    let regions = KeywordTable(Region.self)
    let instruments = KeywordTable(Instrument.self)
    for row in table.rows {
      // The name stays in the row until read (``Participant``): here it is only required.
      if row.isEmpty(Participant.Column.name) {
        throw table.error(row, .emptyField(column: table.header[Participant.Column.name]))
      }
      let code = try isoCode(table, row, 1)
      if let first = index.insert(key: code, at: participants.count) {
        throw table.error(
          row,
          .duplicate(
            column: "iso2", value: PartyCodes.text(of: code), firstLine: table.rows[first].line))
      }
      let region = try table.value(row, 2, in: regions)
      let signature = try table.optionalDate(row, 3)
      let instrument: Instrument? =
        row.isEmpty(4) ? nil : try table.value(row, 4, in: instruments)
      let deposit = try table.optionalDate(row, 5)
      let inForce = try table.optionalDate(row, 6)
      if let signature,
        signature < facts.adopted || signature > facts.signaturePeriodEnds
      {
        throw table.error(
          row,
          .inconsistent(
            "signature_date \(signature) is outside the signature period "
              + "\(facts.adopted) to \(facts.signaturePeriodEnds) (Art. 25)"))
      }
      switch (instrument, deposit) {
      case (nil, .some): throw table.error(row, .emptyField(column: "instrument"))
      case (.some, nil): throw table.error(row, .emptyField(column: "deposit_date"))
      default: break
      }
      if instrument == .ratification, signature == nil {
        throw table.error(
          row, .inconsistent("a ratification needs a signature_date (only signatories ratify)"))
      }
      if deposit != nil, inForce == nil {
        throw table.error(row, .emptyField(column: "in_force_date"))
      }
      if deposit == nil, signature == nil {
        throw table.error(
          row, .inconsistent("neither signed nor deposited: such states belong in states.tsv"))
      }
      if let deposit, let signature, deposit < signature {
        throw table.error(row, .inconsistent("deposit_date \(deposit) is before signature_date"))
      }
      participants.append(
        Participant(
          code: PartyCodes.text(of: code), row: row, region: region, signatureDate: signature,
          instrument: instrument, depositDate: deposit, recordedInForceDate: inForce))
    }
    return participants
  }

  /// Parses the eligible states, leaving out those whose codes are listed.
  static func parseStates(
    _ table: TSVTable, listed: ParticipantIndex
  ) throws(DataError) -> [Participant] {
    var codes = ParticipantIndex(capacity: table.rows.count)
    var states: [Participant] = []
    for (position, row) in table.rows.enumerated() {
      let name = try table.required(row, 0)
      let code = try isoCode(table, row, 1)
      if let first = codes.insert(key: code, at: position) {
        throw table.error(
          row,
          .duplicate(
            column: "iso2", value: PartyCodes.text(of: code), firstLine: table.rows[first].line))
      }
      let region = try table.value(row, 2, as: Region.self)
      let isMember = row.field(3, equals: "yes")
      guard isMember || row.field(3, equals: "no") else {
        throw table.error(
          row, .unknownValue(column: "wipo_member", value: row[3], allowed: ["yes", "no"]))
      }
      if listed.contains(key: code) || !isMember { continue }
      states.append(
        Participant(code: PartyCodes.text(of: code), name: name, region: region, isListed: false))
    }
    return states
  }

  /// Parses the overview, grouping consecutive paragraphs by section.
  static func parseOverview(_ table: TSVTable) throws(DataError) -> [OverviewSection] {
    var sections: [OverviewSection] = []
    for row in table.rows {
      let identifier = try table.required(row, 0)
      let heading = try table.required(row, 1)
      let paragraph = try table.required(row, 2)
      if let last = sections.last, last.identifier == identifier {
        sections[sections.count - 1].paragraphs.append(paragraph)
      } else {
        if let earlier = sections.first(where: { $0.identifier == identifier }) {
          throw table.error(
            row,
            .inconsistent("section '\(earlier.identifier)' continues after another section"))
        }
        sections.append(
          OverviewSection(identifier: identifier, heading: heading, paragraphs: [paragraph]))
      }
    }
    return sections
  }

  /// Parses the key facts.
  static func parseKeyFacts(_ table: TSVTable) throws(DataError) -> [KeyFact] {
    var facts: [KeyFact] = []
    for row in table.rows {
      facts.append(
        KeyFact(
          label: try table.required(row, 0), value: try table.required(row, 1),
          source: row[2]))
    }
    return facts
  }

  /// Parses the timeline, which must be in date order.
  static func parseTimeline(_ table: TSVTable) throws(DataError) -> [TimelineEvent] {
    var events: [TimelineEvent] = []
    for row in table.rows {
      let date = try table.date(row, 0)
      if let last = events.last, date < last.sortDate {
        throw table.error(
          row, .inconsistent("timeline out of order: \(date) after \(last.sortDate)"))
      }
      events.append(
        TimelineEvent(
          sortDate: date, shownDate: try table.required(row, 1), event: try table.required(row, 2)))
    }
    return events
  }

  /// Parses the articles, which must be numbered 1, 2, 3, … in order.
  static func parseArticles(_ table: TSVTable) throws(DataError) -> [Article] {
    var articles: [Article] = []
    for row in table.rows {
      let text = try table.required(row, 0)
      guard let number = Int(text) else {
        throw table.error(row, .badNumber(column: "number", value: text))
      }
      guard number == articles.count + 1 else {
        throw table.error(
          row, .inconsistent("article \(number) where article \(articles.count + 1) was expected"))
      }
      let substantive = row[3]
      guard substantive == "yes" || substantive == "no" else {
        throw table.error(
          row, .unknownValue(column: "substantive", value: substantive, allowed: ["yes", "no"]))
      }
      let reachText = row[4]
      var reaches: ClosedRange<Int>?
      if !reachText.isEmpty {
        let bounds = reachText.split(separator: "-", omittingEmptySubsequences: false)
        guard bounds.count == 2, let first = Int(bounds[0]), let last = Int(bounds[1]),
          1 <= first, first <= last, last <= 30
        else {
          throw table.error(row, .badNumber(column: "reaches", value: reachText))
        }
        reaches = first...last
      }
      articles.append(
        Article(
          number: number, title: try table.required(row, 1),
          articleClass: try table.value(row, 2, as: ArticleClass.self),
          isSubstantive: substantive == "yes", reaches: reaches,
          summary: try table.required(row, 5)))
    }
    return articles
  }

  /// Parses the declarations; `isKnown` tells a listed party's code (``PartyCodes/key(_:)``).
  static func parseDeclarations(
    _ table: TSVTable, isKnown: (UInt32) -> Bool
  ) throws(DataError) -> [Declaration] {
    var declarations: [Declaration] = []
    for row in table.rows {
      let key = try isoCode(table, row, 0)
      let code = PartyCodes.text(of: key)
      guard isKnown(key) else {
        throw table.error(
          row, .inconsistent("declaration by '\(code)', which is not in parties.tsv"))
      }
      let paragraphs = TSVTable.items(of: row[1], separatedBy: UInt8(ascii: " "))
      for paragraph in paragraphs where Int(paragraph.prefix { $0.isNumber }) == nil {
        throw table.error(
          row, .inconsistent("bad article reference '\(paragraph)' (expected e.g. 11(2))"))
      }
      let kind = try table.value(row, 2, as: Declaration.Kind.self)
      if kind == .limitsRight, paragraphs.isEmpty {
        throw table.error(row, .emptyField(column: "articles"))
      }
      let notificationText = row[3]
      var notification: Int?
      if !notificationText.isEmpty {
        guard let number = Int(notificationText) else {
          throw table.error(row, .badNumber(column: "notification", value: notificationText))
        }
        notification = number
      }
      declarations.append(
        Declaration(
          partyCode: code, paragraphs: paragraphs, kind: kind, notification: notification,
          status: try table.value(row, 4, as: Declaration.Status.self),
          summary: try table.required(row, 5), source: row[6]))
    }
    return declarations
  }

  /// Parses the news, returning it newest first.
  ///
  /// Every row is checked first, in file order, so the first bad line is the one named;
  /// the items are then made once, already in order (sorting made items copied them all).
  static func parseNews(_ table: TSVTable) throws(DataError) -> [NewsItem] {
    let checked = try checkedNews(table, summaryRequired: true)
    let order = newestFirstOrder(dates: checked.dates, identifiers: checked.identifiers)
    var items: [NewsItem] = []
    items.reserveCapacity(order.count)
    for position in order { items.append(checked.item(table.rows[position], at: position)) }
    return items
  }

  /// The news rows of a table in file order, each id once; shared by the shipped news and
  /// the user's imported news (whose summary may be empty).
  static func newsRows(_ table: TSVTable, summaryRequired: Bool) throws(DataError) -> [NewsItem] {
    let checked = try checkedNews(table, summaryRequired: summaryRequired)
    var items: [NewsItem] = []
    items.reserveCapacity(table.rows.count)
    for position in table.rows.indices {
      items.append(checked.item(table.rows[position], at: position))
    }
    return items
  }

  /// What checking a news table's rows read: each row's id, date and precision, by row.
  struct CheckedNews {
    /// Each row's id.
    var identifiers: [String] = []
    /// Each row's date.
    var dates: [CalendarDate] = []
    /// Each row's date precision.
    var precisions: [NewsItem.Precision] = []

    /// The item of a checked row (the row at `position`), whose texts stay in the row.
    func item(_ row: TSVTable.Row, at position: Int) -> NewsItem {
      NewsItem(
        id: identifiers[position], date: dates[position], precision: precisions[position],
        row: row)
    }
  }

  /// Checks every row of a news table in file order: an id given once, a real date, a
  /// known precision, a title, and a summary when `summaryRequired`.
  static func checkedNews(
    _ table: TSVTable, summaryRequired: Bool
  ) throws(DataError) -> CheckedNews {
    var firstLine: [String: Int] = [:]
    firstLine.reserveCapacity(table.rows.count)
    var checked = CheckedNews()
    checked.identifiers.reserveCapacity(table.rows.count)
    checked.dates.reserveCapacity(table.rows.count)
    checked.precisions.reserveCapacity(table.rows.count)
    let precisions = KeywordTable(NewsItem.Precision.self)
    for row in table.rows {
      let identifier = try table.required(row, 0)
      // One lookup: a duplicate is refused, so the line it overwrote is never needed again.
      if let first = firstLine.updateValue(row.line, forKey: identifier) {
        throw table.error(row, .duplicate(column: "id", value: identifier, firstLine: first))
      }
      checked.identifiers.append(identifier)
      checked.dates.append(try table.date(row, 1))
      checked.precisions.append(try table.value(row, 2, in: precisions))
      // The texts stay in the row until read (``NewsItem``): here they are only required.
      let title = NewsItem.Column.title
      let summary = NewsItem.Column.summary
      if row.isEmpty(title) { throw table.error(row, .emptyField(column: table.header[title])) }
      if summaryRequired, row.isEmpty(summary) {
        throw table.error(row, .emptyField(column: table.header[summary]))
      }
    }
    return checked
  }

  /// Orders news newest first, ties by identifier, so every screen agrees.
  public static func sortedNewestFirst(_ items: [NewsItem]) -> [NewsItem] {
    newestFirstOrder(dates: items.map(\.date), identifiers: items.map(\.id)).map { items[$0] }
  }

  /// The positions of items with these dates and identifiers, newest first, ties by
  /// identifier.
  ///
  /// One number per item sorts them (days back from the latest date there can be, then the
  /// position), and identifiers are compared only among items of the same day.
  static func newestFirstOrder(dates: [CalendarDate], identifiers: [String]) -> [Int] {
    // Every date lies in years 1 to 9999: its day number plus this offset is positive and
    // below `latestDay`.
    let offset = 800_000
    let latestDay = 4_000_000
    var keys: [UInt64] = []
    keys.reserveCapacity(dates.count)
    for position in dates.indices {
      let daysBack = UInt64(latestDay - (dates[position].dayNumber + offset))
      keys.append(daysBack << 32 | UInt64(position))
    }
    keys.sort()
    var order = keys.map { Int(truncatingIfNeeded: $0 & 0xFFFF_FFFF) }
    var start = 0
    while start < keys.count {
      var end = start + 1
      while end < keys.count, keys[end] >> 32 == keys[start] >> 32 { end += 1 }
      if end - start > 1 { order[start..<end].sort { identifiers[$0] < identifiers[$1] } }
      start = end
    }
    return order
  }

  /// Reads a party code: an ISO 3166-1 alpha-2 code, or (for organizations and synthetic
  /// data) up to four capital letters and digits starting with a letter; returns it packed
  /// (``PartyCodes/key(_:)``).
  static func isoCode(_ table: TSVTable, _ row: TSVTable.Row, _ column: Int) throws(DataError)
    -> UInt32
  {
    if row.isEmpty(column) { throw table.error(row, .emptyField(column: table.header[column])) }
    let key = row.withField(column) { bytes -> UInt32? in
      guard (2...4).contains(bytes.count),
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[0])
      else { return nil }
      for index in 1..<bytes.count {
        let byte = bytes[index]
        guard
          (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        else { return nil }
      }
      return PartyCodes.key(bytes)
    }
    guard let key else {
      throw table.error(
        row,
        .unknownValue(
          column: table.header[column], value: row[column],
          allowed: ["an ISO code of two capital letters"]))
    }
    return key
  }

  /// Reads a party code as text, checked as ``isoCode(_:_:_:)`` checks it.
  static func isoCodeText(
    _ table: TSVTable, _ row: TSVTable.Row, _ column: Int
  ) throws(DataError) -> String {
    _ = try isoCode(table, row, column)
    return row[column]
  }
}
