#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Small, explicit wrappers over POSIX file calls, so the model needs no Foundation.
///
/// Every failure comes back as a ``FileSystemError`` naming the path and the system's reason.
public enum FileSystem {
  /// Reads a whole file.
  public static func read(_ path: String) throws(FileSystemError) -> [UInt8] {
    let (descriptor, status) = try openForReading(path)
    defer { close(descriptor) }
    return try readAll(descriptor, path: path, sizeHint: Int(status.st_size))
  }

  /// Opens a file to read (a directory is refused with `EISDIR`): its descriptor, which the
  /// caller closes, and what `fstat` says of it.
  static func openForReading(_ path: String) throws(FileSystemError) -> (Int32, stat) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw FileSystemError(path: path, errorNumber: errno) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      let failure = errno
      close(descriptor)
      throw FileSystemError(path: path, errorNumber: failure)
    }
    if (status.st_mode & S_IFMT) == S_IFDIR {
      close(descriptor)
      throw FileSystemError(path: path, errorNumber: EISDIR)
    }
    return (descriptor, status)
  }

  /// Reads a whole file, or returns nil when nothing is at `path` (`ENOENT`).
  ///
  /// Every other failure throws: a part of the path that is a file, no permission, a loop of
  /// symbolic links. Only a missing file reads as "nothing saved yet".
  public static func readIfPresent(_ path: String) throws(FileSystemError) -> [UInt8]? {
    do {
      return try read(path)
    } catch  where error.errorNumber == ENOENT {
      return nil
    }
  }

  /// Checks that a directory the user's data lives in can be read; a directory that does not
  /// exist yet passes (it is created on the first save).
  ///
  /// Throws when a part of the path is a file (`ENOTDIR`), the path is a file, a loop of
  /// symbolic links, or the directory cannot be listed or entered (`EACCES`).
  public static func checkReadableDirectory(_ path: String) throws(FileSystemError) {
    var status = stat()
    guard stat(path, &status) == 0 else {
      let number = errno
      if number == ENOENT { return }
      throw FileSystemError(path: path, errorNumber: number)
    }
    guard (status.st_mode & S_IFMT) == S_IFDIR else {
      throw FileSystemError(path: path, errorNumber: ENOTDIR)
    }
    guard access(path, R_OK | X_OK) == 0 else {
      throw FileSystemError(path: path, errorNumber: errno)
    }
  }

  /// Reads everything from `offset` to the end of an open file.
  ///
  /// The expected size (and one byte more, to see the end) is read first; a file that grew
  /// since its size was taken is read on in further steps.
  static func readAll(
    _ descriptor: Int32, path: String, sizeHint: Int, offset: Int = 0
  ) throws(FileSystemError) -> [UInt8] {
    var (bytes, atEnd) = try read(
      descriptor, path: path, offset: offset, count: max(sizeHint - offset, 0) + 1)
    while !atEnd {
      let more: [UInt8]
      (more, atEnd) = try read(
        descriptor, path: path, offset: offset + bytes.count, count: max(bytes.count, 4096))
      bytes += more
    }
    return bytes
  }

  /// Reads up to `count` bytes from `offset` into memory left uninitialized (a large file is
  /// not first filled with zeros), and whether the end of the file was met.
  private static func read(
    _ descriptor: Int32, path: String, offset: Int, count: Int
  ) throws(FileSystemError) -> (bytes: [UInt8], atEnd: Bool) {
    var failure: Int32 = 0
    var atEnd = false
    let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      initialized = 0
      guard let base = buffer.baseAddress else { return }
      while initialized < count {
        let result = pread(
          descriptor, base + initialized, count - initialized, off_t(offset + initialized))
        if result < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        if result == 0 {
          atEnd = true
          return
        }
        initialized += result
      }
    }
    if failure != 0 { throw FileSystemError(path: path, errorNumber: failure) }
    return (bytes, atEnd)
  }

  /// The size of a file in bytes (following symbolic links).
  public static func byteCount(of path: String) throws(FileSystemError) -> Int {
    var status = stat()
    guard stat(path, &status) == 0 else { throw FileSystemError(path: path, errorNumber: errno) }
    return Int(status.st_size)
  }

  /// Whether a file or directory exists at `path`.
  public static func exists(_ path: String) -> Bool {
    access(path, F_OK) == 0
  }

  /// Whether `path` is a directory.
  public static func isDirectory(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
  }

  /// Creates a directory and any missing parents (mode 0700 for new ones).
  public static func createDirectory(_ path: String) throws(FileSystemError) {
    if isDirectory(path) { return }
    let parent = directoryName(of: path)
    if parent != path, !parent.isEmpty { try createDirectory(parent) }
    if mkdir(path, 0o700) != 0, errno != EEXIST {
      throw FileSystemError(path: path, errorNumber: errno)
    }
  }

  /// Replaces a file's content atomically: a temporary file in the same directory is
  /// written, flushed to disk, and renamed over the target; the directory is then flushed.
  ///
  /// A crash at any instant leaves either the old or the new content, plus at worst a
  /// left-over temporary file that readers ignore. Errors name `path`, the file being saved.
  ///
  /// With `durable` false the flushes are skipped: the rename still makes the change atomic,
  /// but a power cut may lose it (for conveniences such as the remembered focus).
  public static func writeAtomically(
    _ bytes: [UInt8], to path: String, durable: Bool = true
  ) throws(FileSystemError) {
    let directory = directoryName(of: path)
    try createDirectory(directory)
    let temporary = "\(path).tmp-\(getpid())"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw FileSystemError(path: path, errorNumber: errno) }
    try finish(descriptor, file: temporary, writing: bytes, durable: durable, reportedAs: path)
    guard rename(temporary, path) == 0 else {
      let number = errno
      unlink(temporary)
      throw FileSystemError(path: path, errorNumber: number)
    }
    if durable { syncDirectory(directory) }
  }

  /// Writes `bytes` to the open `file`, flushes it to disk when `durable`, and closes it; on
  /// any failure the file is closed and removed, and the error names `reportedAs`.
  private static func finish(
    _ descriptor: Int32, file: String, writing bytes: [UInt8], durable: Bool,
    reportedAs path: String
  ) throws(FileSystemError) {
    do throws(FileSystemError) {
      try writeAll(bytes, to: descriptor, path: path)
      guard !durable || fsync(descriptor) == 0 else {
        throw FileSystemError(path: path, errorNumber: errno)
      }
    } catch {
      close(descriptor)
      unlink(file)
      throw error
    }
    // Some file systems (NFS, quotas) report a full disk only when the file is closed.
    guard close(descriptor) == 0 || errno == EINTR else {
      let number = errno
      unlink(file)
      throw FileSystemError(path: path, errorNumber: number)
    }
  }

  /// Writes a new file that replaces nothing, and returns its path.
  ///
  /// The file is `path`, or `path-2`, `path-3`, … when that name is taken (created with
  /// `O_EXCL`, so two writers never share a name); the content is flushed to disk, then the
  /// directory.
  public static func writeNew(_ bytes: [UInt8], to path: String) throws(FileSystemError) -> String {
    var candidate = path
    var number = 1
    while true {
      let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
      if descriptor < 0 {
        guard errno == EEXIST, number < 10_000 else {
          throw FileSystemError(path: candidate, errorNumber: errno)
        }
        number += 1
        candidate = "\(path)-\(number)"
        continue
      }
      try finish(descriptor, file: candidate, writing: bytes, durable: true, reportedAs: candidate)
      syncDirectory(directoryName(of: candidate))
      return candidate
    }
  }

  /// Writes every byte at `offset` of an open file, retrying short writes.
  ///
  /// A write that stops early is retried from where it stopped, so a failure carries the
  /// system's own reason (`ENOSPC`, `EDQUOT`, …) rather than a guess.
  public static func write(
    _ bytes: [UInt8], to descriptor: Int32, at offset: Int, path: String
  ) throws(FileSystemError) {
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return pwrite(descriptor, base + written, buffer.count - written, off_t(offset + written))
      }
      if result < 0 {
        if errno == EINTR { continue }
        throw FileSystemError(path: path, errorNumber: errno)
      }
      if result == 0 { throw FileSystemError(path: path, errorNumber: EIO) }
      written += result
    }
  }

  /// Writes every byte to an open descriptor, retrying short writes.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FileSystemError)
  {
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        #if canImport(Glibc)
          return Glibc.write(descriptor, base + written, buffer.count - written)
        #else
          return Darwin.write(descriptor, base + written, buffer.count - written)
        #endif
      }
      if result < 0 {
        if errno == EINTR { continue }
        throw FileSystemError(path: path, errorNumber: errno)
      }
      written += result
    }
  }

  /// Flushes a directory's entries (after a create or rename) to disk; best effort.
  static func syncDirectory(_ path: String) {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    close(descriptor)
  }

  /// The directory part of a path (`.` for a bare name).
  public static func directoryName(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    if slash == path.startIndex { return "/" }
    return String(path[..<slash])
  }

  /// The last component of a path.
  public static func fileName(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  /// Joins path components with `/`.
  public static func join(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }

  /// An environment variable, or nil when unset or empty.
  public static func environment(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    let text = String(cString: value)
    return text.isEmpty ? nil : text
  }

  /// The absolute path of the running executable, from `/proc/self/exe`.
  public static func executablePath() -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard length > 0 else { return nil }
    return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}

/// A failed file operation: the path and the system's reason.
public struct FileSystemError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The path involved.
  public let path: String
  /// The `errno` value.
  public let errorNumber: Int32

  /// Creates an error from a path and an `errno` value.
  public init(path: String, errorNumber: Int32) {
    self.path = path
    self.errorNumber = errorNumber
  }

  /// The system's text for the error number, for example "No such file or directory".
  public var reason: String {
    guard let text = strerror(errorNumber) else { return "error \(errorNumber)" }
    return String(cString: text)
  }

  /// `path: reason`.
  public var description: String { "\(path): \(reason)" }
}
