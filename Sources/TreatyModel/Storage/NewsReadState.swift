/// Which news items the user has read, and when they last looked: saved atomically.
public struct NewsReadState: Hashable, Sendable {
  /// The file's name inside the data directory.
  public static let fileName = "news-read.tsv"
  private static let header = ["id", "read_at"]

  /// When each read item was read, by news identifier.
  public private(set) var readAt: [String: Timestamp] = [:]

  /// An empty state: nothing read.
  public init() {}

  /// Whether an item was read.
  public func isRead(_ identifier: String) -> Bool { readAt[identifier] != nil }

  /// Marks an item read (keeps the first time it was read).
  public mutating func markRead(_ identifier: String, at time: Timestamp) {
    if readAt[identifier] == nil { readAt[identifier] = time }
  }

  /// Marks an item unread.
  public mutating func markUnread(_ identifier: String) {
    readAt[identifier] = nil
  }

  /// Loads the state from a data directory; a missing file means nothing was read.
  ///
  /// Left-over temporary files from an interrupted save are ignored.
  public static func load(directory: String) throws(StoreError) -> NewsReadState {
    try UserDataFile.load(fileName, in: directory, missing: NewsReadState()) {
      bytes, path throws(DataError) in try parse(bytes, file: path)
    }
  }

  /// Parses the file's bytes strictly; `file` names the source in errors.
  public static func parse(_ bytes: [UInt8], file: String) throws(DataError) -> NewsReadState {
    let table = try TSVTable(bytes: bytes, file: file, expectedHeader: header)
    var state = NewsReadState()
    for row in table.rows {
      let identifier = try table.required(row, 0)
      guard let time = Timestamp(row[1]) else {
        throw table.error(
          row,
          .unknownValue(
            column: "read_at", value: row[1], allowed: ["YYYY-MM-DDTHH:MM:SSZ"]))
      }
      state.readAt[identifier] = time
    }
    return state
  }

  /// The file's content: a comment, the header and one line per read item, by identifier.
  public func encoded() -> [UInt8] {
    var text = "# news items read in btap\n" + NewsReadState.header.joined(separator: "\t") + "\n"
    for (identifier, time) in readAt.sorted(by: { $0.key < $1.key }) {
      text += MarkJournal.cleanField(identifier) + "\t" + time.description + "\n"
    }
    return Array(text.utf8)
  }

  /// Saves the state atomically (temporary file, fsync, rename).
  public func save(directory: String) throws(StoreError) {
    do {
      try FileSystem.writeAtomically(
        encoded(), to: FileSystem.join(directory, NewsReadState.fileName))
    } catch {
      throw .file(error)
    }
  }
}
