/// The feeds the user follows, kept in `<data dir>/feeds.tsv`: read strictly, saved atomically.
///
/// One line per feed, in the order they were added; the file is plain text, so it can be
/// read, diffed and edited by hand. `btap feeds list` numbers the feeds in this order.
public struct SubscriptionList: Hashable, Sendable {
  /// The file's name inside the data directory.
  public static let fileName = "feeds.tsv"
  /// The header row.
  public static let header = [
    "url", "title", "etag", "last_modified", "retry_after", "gone_since", "last_checked",
    "last_result",
  ]

  /// The feeds, in the order they were added.
  public private(set) var subscriptions: [Subscription]

  /// A list of these feeds.
  public init(_ subscriptions: [Subscription] = []) {
    self.subscriptions = subscriptions
  }

  /// Why a change to the list was refused.
  public enum Refusal: Error, Hashable, Sendable, CustomStringConvertible {
    /// The address is not an absolute http or https URL.
    case notFetchable(String)
    /// The feed is already in the list, at this 1-based position.
    case alreadySubscribed(String, position: Int)
    /// No feed has this address or number.
    case notSubscribed(String)

    /// The refusal in words.
    public var description: String {
      switch self {
      case .notFetchable(let url):
        return
          "'\(url)' is not a feed address btap can fetch (it must start with http:// or https://)"
      case .alreadySubscribed(let url, let position):
        return "'\(url)' is already feed \(position)"
      case .notSubscribed(let key):
        return "no feed '\(key)' (see 'btap feeds list')"
      }
    }
  }

  /// Adds a feed at the end; refuses an address already there or one btap cannot fetch.
  public mutating func add(_ subscription: Subscription) throws(Refusal) {
    guard Subscription.isFetchable(subscription.url) else {
      throw .notFetchable(subscription.url)
    }
    if let index = subscriptions.firstIndex(where: { $0.url == subscription.url }) {
      throw .alreadySubscribed(subscription.url, position: index + 1)
    }
    subscriptions.append(subscription)
  }

  /// Removes the feed with this address, or at this 1-based position; returns it.
  public mutating func remove(_ key: String) throws(Refusal) -> Subscription {
    if let index = subscriptions.firstIndex(where: { $0.url == key }) {
      return subscriptions.remove(at: index)
    }
    if let position = Int(key), (1...subscriptions.count).contains(position) {
      return subscriptions.remove(at: position - 1)
    }
    throw .notSubscribed(key)
  }

  /// Replaces the remembered state of the feed that was fetched at `fetchedURL`.
  ///
  /// A feed removed meanwhile stays removed. Returns whether it was found.
  @discardableResult
  public mutating func replace(fetchedURL: String, with updated: Subscription) -> Bool {
    guard let index = subscriptions.firstIndex(where: { $0.url == fetchedURL }) else {
      return false
    }
    var replacement = updated
    // A new address from a permanent redirect must not repeat another feed's.
    if replacement.url != fetchedURL,
      subscriptions.contains(where: { $0.url == replacement.url })
    {
      replacement.url = fetchedURL
    }
    subscriptions[index] = replacement
    return true
  }

  /// Loads the list from a data directory; a missing file means no feeds.
  public static func load(directory: String) throws(StoreError) -> SubscriptionList {
    try UserDataFile.load(fileName, in: directory, missing: SubscriptionList()) {
      bytes, path throws(DataError) in try parse(bytes, file: path)
    }
  }

  /// Parses the file's bytes strictly: every address fetchable and unique, every instant a
  /// `YYYY-MM-DDTHH:MM:SSZ` timestamp.
  public static func parse(_ bytes: [UInt8], file: String) throws(DataError) -> SubscriptionList {
    let table = try TSVTable(bytes: bytes, file: file, expectedHeader: header)
    var list: [Subscription] = []
    var lines: [String: Int] = [:]
    for row in table.rows {
      let url = try table.required(row, 0)
      guard Subscription.isFetchable(url) else {
        throw table.error(
          row, .unknownValue(column: "url", value: url, allowed: ["http://…", "https://…"]))
      }
      if let first = lines[url] {
        throw table.error(row, .duplicate(column: "url", value: url, firstLine: first))
      }
      lines[url] = row.line
      var subscription = Subscription(url: url, title: row.fields[1])
      subscription.entityTag = row.fields[2]
      subscription.lastModified = row.fields[3]
      subscription.retryAfter = try timestamp(table, row, 4)
      subscription.goneSince = try timestamp(table, row, 5)
      subscription.lastChecked = try timestamp(table, row, 6)
      subscription.lastResult = row.fields[7]
      list.append(subscription)
    }
    return SubscriptionList(list)
  }

  private static func timestamp(
    _ table: TSVTable, _ row: TSVTable.Row, _ column: Int
  ) throws(DataError) -> Timestamp? {
    let text = row.fields[column]
    if text.isEmpty { return nil }
    guard let time = Timestamp(text) else {
      throw table.error(
        row,
        .unknownValue(
          column: header[column], value: text, allowed: ["YYYY-MM-DDTHH:MM:SSZ", "(empty)"]))
    }
    return time
  }

  /// The file's content: a comment, the header and one line per feed.
  public func encoded() -> [UInt8] {
    var text =
      "# feeds btap fetches with 'btap news fetch' (or R in the dashboard)\n"
      + SubscriptionList.header.joined(separator: "\t") + "\n"
    for feed in subscriptions {
      let fields = [
        feed.url, feed.title, feed.entityTag, feed.lastModified,
        feed.retryAfter?.description ?? "", feed.goneSince?.description ?? "",
        feed.lastChecked?.description ?? "", feed.lastResult,
      ]
      text += fields.map(MarkJournal.cleanField).joined(separator: "\t") + "\n"
    }
    return Array(text.utf8)
  }

  /// Saves the list atomically (temporary file, fsync, rename), creating the directory.
  public func save(directory: String) throws(StoreError) {
    do {
      try FileSystem.writeAtomically(
        encoded(), to: FileSystem.join(directory, SubscriptionList.fileName))
    } catch {
      throw .file(error)
    }
  }
}
