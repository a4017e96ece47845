#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An exclusive advisory lock on a small file of its own, held while a read-modify-write of
/// the user's data runs, so two copies of btap never interleave their updates.
///
/// The lock file is never renamed or written (the data files are replaced by rename, which
/// would leave a lock on the old file useless); it is created on first use.
public enum FileLock {
  /// The lock file that guards the feed list and the imported news.
  public static let feedsFileName = "feeds.lock"

  /// Runs `body` while holding the lock at `path`, creating its directory and file if needed.
  public static func hold<Result>(
    _ path: String, _ body: () throws(StoreError) -> Result
  ) throws(StoreError) -> Result {
    do {
      try FileSystem.createDirectory(FileSystem.directoryName(of: path))
    } catch {
      throw .file(error)
    }
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw .file(FileSystemError(path: path, errorNumber: errno)) }
    defer { close(descriptor) }
    while flock(descriptor, LOCK_EX) != 0 {
      if errno != EINTR { throw .file(FileSystemError(path: path, errorNumber: errno)) }
    }
    defer { flock(descriptor, LOCK_UN) }
    return try body()
  }
}
