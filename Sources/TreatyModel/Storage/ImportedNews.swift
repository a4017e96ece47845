/// The news items the user imported from feeds, kept in `<data dir>/news-imported.tsv` with
/// the columns of the shipped `news.tsv` plus when each item arrived; read strictly and saved
/// atomically.
///
/// Items are never edited once imported: a later import adds only items whose id and link
/// are both new. A file written before the arrival column existed is still read (its items
/// have no arrival time, so none counts as new).
public struct ImportedNews: Hashable, Sendable {
  /// The file's name inside the data directory.
  public static let fileName = "news-imported.tsv"
  /// The header row: the shipped `news.tsv` columns, then `imported_at`.
  public static let header = TreatyDataset.Header.news + ["imported_at"]

  /// The imported items, newest first.
  public private(set) var items: [NewsItem]
  /// When each item was imported, by identifier (items from older files have none).
  public private(set) var importedAt: [String: Timestamp]

  /// What an import did.
  public struct MergeResult: Hashable, Sendable {
    /// The items added, newest first.
    public let added: [NewsItem]
    /// Items left out because an item with the same id or link was already there.
    public let alreadyKnown: Int
  }

  /// Imported news made of these items (newest first after sorting), with their arrival times.
  public init(items: [NewsItem] = [], importedAt: [String: Timestamp] = [:]) {
    self.items = TreatyDataset.sortedNewestFirst(items)
    self.importedAt = importedAt
  }

  /// The identifiers of the items that arrived after `time` (every one with an arrival time
  /// when `time` is nil), given each item's arrival time: what the dashboard marks new.
  public static func identifiers(
    arrivedAfter time: Timestamp?, arrivals: [String: Timestamp]
  ) -> Set<String> {
    var identifiers: Set<String> = []
    for (identifier, arrival) in arrivals where time.map({ arrival > $0 }) ?? true {
      identifiers.insert(identifier)
    }
    return identifiers
  }

  /// Loads the file from a data directory; a missing file means nothing was imported.
  ///
  /// Every line is checked; an error names the file and line.
  public static func load(directory: String) throws(StoreError) -> ImportedNews {
    try UserDataFile.load(fileName, in: directory, missing: ImportedNews()) {
      bytes, path throws(DataError) in try parse(bytes, file: path)
    }
  }

  /// Parses the file's bytes strictly (the current header, or the older one without
  /// `imported_at`).
  public static func parse(_ bytes: [UInt8], file: String) throws(DataError) -> ImportedNews {
    let table: TSVTable
    do {
      table = try TSVTable(bytes: bytes, file: file, expectedHeader: header)
    } catch {
      guard case .unexpectedHeader(_, let found) = error.problem,
        found == TreatyDataset.Header.news
      else { throw error }
      let older = try TSVTable(bytes: bytes, file: file, expectedHeader: found)
      return ImportedNews(items: try TreatyDataset.newsRows(older, summaryRequired: false))
    }
    let items = try TreatyDataset.newsRows(table, summaryRequired: false)
    var importedAt: [String: Timestamp] = [:]
    let column = header.count - 1
    for (item, row) in zip(items, table.rows) where !row.fields[column].isEmpty {
      guard let time = Timestamp(row.fields[column]) else {
        throw table.error(
          row,
          .unknownValue(
            column: header[column], value: row.fields[column],
            allowed: ["YYYY-MM-DDTHH:MM:SSZ", "(empty)"]))
      }
      importedAt[item.id] = time
    }
    return ImportedNews(items: items, importedAt: importedAt)
  }

  /// The file's content: a comment, the header and one line per item.
  public func encoded() -> [UInt8] {
    var text =
      "# news imported into btap from feeds: the shipped news.tsv columns, then when it arrived\n"
      + ImportedNews.header.joined(separator: "\t") + "\n"
    for item in items {
      let fields = [
        item.id, item.date.description, item.precision.rawValue, item.title, item.summary,
        item.link, item.origin, importedAt[item.id]?.description ?? "",
      ]
      text += fields.map(MarkJournal.cleanField).joined(separator: "\t") + "\n"
    }
    return Array(text.utf8)
  }

  /// Saves the file atomically (temporary file, fsync, rename).
  public func save(directory: String) throws(StoreError) {
    do {
      try FileSystem.writeAtomically(
        encoded(), to: FileSystem.join(directory, ImportedNews.fileName))
    } catch {
      throw .file(error)
    }
  }

  /// Adds the incoming items whose id and link are new to both these items and `existing`
  /// (the shipped news), stamped as arrived at `time`; the first of several incoming
  /// duplicates wins.
  public mutating func merge(
    _ incoming: [NewsItem], existing: [NewsItem], at time: Timestamp? = nil
  ) -> MergeResult {
    var identifiers = Set(existing.map(\.id))
    var links = Set(existing.map(\.link).filter { !$0.isEmpty })
    for item in items {
      identifiers.insert(item.id)
      if !item.link.isEmpty { links.insert(item.link) }
    }
    var added: [NewsItem] = []
    var known = 0
    for original in incoming {
      var item = original
      item.id = MarkJournal.cleanField(item.id)
      if identifiers.contains(item.id) || (!item.link.isEmpty && links.contains(item.link)) {
        known += 1
        continue
      }
      identifiers.insert(item.id)
      if !item.link.isEmpty { links.insert(item.link) }
      if let time { importedAt[item.id] = time }
      added.append(item)
    }
    items = TreatyDataset.sortedNewestFirst(items + added)
    return MergeResult(added: TreatyDataset.sortedNewestFirst(added), alreadyKnown: known)
  }
}
