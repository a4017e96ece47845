#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The user's marks journal on disk: read strictly, appended to safely.
///
/// Each save takes an exclusive lock on the journal, re-reads it (so a mark saved meanwhile
/// by another running copy of btap is merged, counted and checked against, never
/// overwritten), appends one line and flushes it to disk with `fsync` before returning.
/// A crash mid-save can leave at most an unterminated last line; it is reported, kept aside
/// in a `.partial` file on the next save, and never hides the complete lines before it.
public struct MarkStore: Sendable {
  /// The journal's file name inside the data directory.
  public static let fileName = "marks.tsv"

  /// The journal's path.
  public let path: String
  /// The journal as last read or written by this copy.
  public private(set) var journal: MarkJournal
  /// The line number of an unterminated last line found when last read, if any.
  public private(set) var incompleteLastLine: Int?
  private let knownCodes: ParticipantIndex
  private var knownByteCount: Int

  /// What a save did.
  public struct SaveResult: Hashable, Sendable {
    /// The entry written.
    public let entry: JournalEntry
    /// Entries another copy of btap had saved since this copy last read the journal.
    public let externalEntries: Int
  }

  /// Opens the journal in `directory` (which need not exist yet); a missing journal is empty.
  public static func open(
    directory: String, knownCodes: ParticipantIndex
  ) throws(StoreError) -> MarkStore {
    let path = FileSystem.join(directory, fileName)
    var store = MarkStore(
      path: path, journal: MarkJournal(), incompleteLastLine: nil, knownCodes: knownCodes,
      knownByteCount: 0)
    let bytes: [UInt8]
    do {
      guard let present = try FileSystem.readIfPresent(path) else { return store }
      bytes = present
    } catch {
      throw .file(error)
    }
    let parsed = try store.parse(bytes)
    store.journal = parsed.journal
    store.knownByteCount = parsed.validByteCount
    store.incompleteLastLine = parsed.incompleteLastLine
    return store
  }

  /// Re-reads the journal if another copy changed it; returns how many entries were new.
  public mutating func refresh() throws(StoreError) -> Int {
    var status = stat()
    guard stat(path, &status) == 0, Int(status.st_size) != knownByteCount else { return 0 }
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.read(path)
    } catch {
      throw .file(error)
    }
    if bytes.count == knownByteCount { return 0 }
    let parsed = try parse(bytes)
    let added = max(0, parsed.journal.entries.count - journal.entries.count)
    journal = parsed.journal
    knownByteCount = parsed.validByteCount
    incompleteLastLine = parsed.incompleteLastLine
    return added
  }

  /// Saves one new entry.
  ///
  /// `makeOperation` sees the journal as it is on disk (with any other copy's entries merged)
  /// and returns the operation to write, or throws to refuse it.
  public mutating func save(
    madeAt: Timestamp,
    _ makeOperation: (MarkJournal) throws(MarkError) -> JournalEntry.Operation
  ) throws(StoreError) -> SaveResult {
    do {
      try FileSystem.createDirectory(FileSystem.directoryName(of: path))
    } catch {
      throw .file(error)
    }
    let descriptor = Glibc.open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw .file(FileSystemError(path: path, errorNumber: errno)) }
    defer { close(descriptor) }
    while flock(descriptor, LOCK_EX) != 0 {
      if errno != EINTR { throw .file(FileSystemError(path: path, errorNumber: errno)) }
    }
    defer { flock(descriptor, LOCK_UN) }

    let bytes: [UInt8]
    do {
      bytes = try FileSystem.readAll(descriptor, path: path, sizeHint: knownByteCount + 256)
    } catch {
      throw .file(error)
    }
    let parsed = try parse(bytes)
    let external = max(0, parsed.journal.entries.count - journal.entries.count)
    var current = parsed.journal
    var writeOffset = parsed.validByteCount
    var prefix: [UInt8] = []
    if parsed.incompleteLastLine != nil {
      try keepAside(Array(bytes[parsed.validByteCount...]), at: madeAt)
      if ftruncate(descriptor, off_t(parsed.validByteCount)) != 0 {
        throw .file(FileSystemError(path: path, errorNumber: errno))
      }
    }
    if writeOffset == 0 {
      prefix = Array(
        (MarkJournal.preamble + "\n" + MarkJournal.header.joined(separator: "\t") + "\n").utf8)
    }
    let operation: JournalEntry.Operation
    do throws(MarkError) {
      guard !current.isFull else { throw .journalFull(last: MarkJournal.maximumSequence) }
      operation = try makeOperation(current)
    } catch {
      journal = current
      knownByteCount = parsed.validByteCount
      incompleteLastLine = nil
      throw .rejected(error)
    }
    let sequence = current.nextSequence
    let entry: JournalEntry
    switch operation {
    case .mark(let mark):
      entry = JournalEntry(
        sequence: sequence, madeAt: madeAt,
        operation: .mark(
          Mark(
            sequence: sequence, madeAt: madeAt, partyCode: mark.partyCode, action: mark.action,
            note: MarkJournal.cleanField(mark.note))))
    case .undo, .redo:
      entry = JournalEntry(sequence: sequence, madeAt: madeAt, operation: operation)
    }
    do {
      try current.append(entry)
    } catch {
      throw .rejected(.wouldContradict(error.description))
    }
    let line = prefix + Array(MarkJournal.encode(entry).utf8)
    do throws(FileSystemError) {
      try FileSystem.write(line, to: descriptor, at: writeOffset, path: path)
      guard fsync(descriptor) == 0 else {
        throw FileSystemError(path: path, errorNumber: errno)
      }
    } catch {
      // Whatever part of the line reached the file is cut off again: the journal stays as it
      // was, and the error keeps the system's reason (no space left, quota exceeded, …).
      _ = ftruncate(descriptor, off_t(writeOffset))
      throw .file(error)
    }
    if writeOffset == 0 { FileSystem.syncDirectory(FileSystem.directoryName(of: path)) }
    writeOffset += line.count
    journal = current
    knownByteCount = writeOffset
    incompleteLastLine = nil
    return SaveResult(entry: entry, externalEntries: external)
  }

  private func parse(_ bytes: [UInt8]) throws(StoreError) -> MarkJournal.Parsed {
    do {
      return try MarkJournal.parse(bytes, file: path, knownCodes: knownCodes)
    } catch {
      throw .data(error)
    }
  }

  /// Keeps the bytes of an interrupted save beside the journal, so nothing is thrown away:
  /// in `marks.tsv.partial-<seconds>`, or `…-2`, `…-3` when several are set aside in one
  /// second (an existing file is never replaced).
  private func keepAside(_ bytes: [UInt8], at time: Timestamp) throws(StoreError) {
    do {
      _ = try FileSystem.writeNew(bytes, to: "\(path).partial-\(time.secondsSinceEpoch)")
    } catch {
      throw .file(error)
    }
  }
}
