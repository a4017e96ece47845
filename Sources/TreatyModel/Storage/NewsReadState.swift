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
    let path = FileSystem.join(directory, fileName)
    let bytes: [UInt8]
    do {
      guard let present = try FileSystem.readIfPresent(path) else { return NewsReadState() }
      bytes = present
    } catch {
      throw .file(error)
    }
    let table: TSVTable
    do {
      table = try TSVTable(bytes: bytes, file: path, expectedHeader: header)
    } catch {
      throw .data(error)
    }
    var state = NewsReadState()
    for row in table.rows {
      let identifier = row.fields[0]
      guard !identifier.isEmpty else { throw .data(table.error(row, .emptyField(column: "id"))) }
      guard let time = Timestamp(row.fields[1]) else {
        throw .data(
          table.error(
            row,
            .unknownValue(
              column: "read_at", value: row.fields[1], allowed: ["YYYY-MM-DDTHH:MM:SSZ"])))
      }
      state.readAt[identifier] = time
    }
    return state
  }

  /// Saves the state atomically (temporary file, fsync, rename).
  public func save(directory: String) throws(StoreError) {
    var text = "# news items read in btap\n" + NewsReadState.header.joined(separator: "\t") + "\n"
    for (identifier, time) in readAt.sorted(by: { $0.key < $1.key }) {
      text += MarkJournal.cleanField(identifier) + "\t" + time.description + "\n"
    }
    do {
      try FileSystem.writeAtomically(
        Array(text.utf8), to: FileSystem.join(directory, NewsReadState.fileName))
    } catch {
      throw .file(error)
    }
  }
}
