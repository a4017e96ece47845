/// The news items the user imported from feeds, kept in `<data dir>/news-imported.tsv` with
/// the same columns as the shipped `news.tsv`; read strictly and saved atomically.
///
/// Items are never edited once imported: a later import adds only items whose id and link
/// are both new.
public struct ImportedNews: Hashable, Sendable {
  /// The file's name inside the data directory.
  public static let fileName = "news-imported.tsv"
  /// The header row, as in the shipped `news.tsv`.
  public static let header = TreatyDataset.Header.news

  /// The imported items, newest first.
  public private(set) var items: [NewsItem]

  /// What an import did.
  public struct MergeResult: Hashable, Sendable {
    /// The items added, newest first.
    public let added: [NewsItem]
    /// Items left out because an item with the same id or link was already there.
    public let alreadyKnown: Int
  }

  /// Imported news made of these items (newest first after sorting).
  public init(items: [NewsItem] = []) {
    self.items = TreatyDataset.sortedNewestFirst(items)
  }

  /// Loads the file from a data directory; a missing file means nothing was imported.
  ///
  /// Every line is checked; an error names the file and line.
  public static func load(directory: String) throws(StoreError) -> ImportedNews {
    let path = FileSystem.join(directory, fileName)
    let bytes: [UInt8]
    do {
      guard let present = try FileSystem.readIfPresent(path) else { return ImportedNews() }
      bytes = present
    } catch {
      throw .file(error)
    }
    do {
      return try parse(bytes, file: path)
    } catch {
      throw .data(error)
    }
  }

  /// Parses the file's bytes strictly.
  public static func parse(_ bytes: [UInt8], file: String) throws(DataError) -> ImportedNews {
    let table = try TSVTable(bytes: bytes, file: file, expectedHeader: header)
    let items = try TreatyDataset.newsRows(table, summaryRequired: false)
    return ImportedNews(items: items)
  }

  /// The file's content: a comment, the header and one line per item.
  public func encoded() -> [UInt8] {
    var text =
      "# news imported into btap from feeds; same columns as the shipped news.tsv\n"
      + ImportedNews.header.joined(separator: "\t") + "\n"
    for item in items {
      let fields = [
        item.id, item.date.description, item.precision.rawValue, item.title, item.summary,
        item.link, item.origin,
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
  /// (the shipped news); the first of several incoming duplicates wins.
  public mutating func merge(_ incoming: [NewsItem], existing: [NewsItem]) -> MergeResult {
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
      added.append(item)
    }
    items = TreatyDataset.sortedNewestFirst(items + added)
    return MergeResult(added: TreatyDataset.sortedNewestFirst(added), alreadyKnown: known)
  }
}
