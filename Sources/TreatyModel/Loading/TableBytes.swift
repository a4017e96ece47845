#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A table file's bytes, held for as long as any row read from them: a shipped file mapped
/// into memory, or a copy of bytes read.
///
/// The shipped tables are program data, as read-only as the executable: they are mapped
/// rather than read into fresh memory, which on these virtual machines cost a page fault and
/// a copy for every 4 KiB (3.2 ms for ten thousand parties and news items, against 0.5 ms
/// mapped). Installing replaces those files by unlinking them (`install`, `git`), which
/// leaves a running btap its mapping. The user's own files, which btap rewrites, are read.
public final class TableBytes: @unchecked Sendable {
  // Unchecked: the memory is never written after `init` and is released only in `deinit`.
  /// The first byte (a valid address even when there are none).
  let start: UnsafePointer<UInt8>
  /// How many bytes there are.
  let count: Int
  /// How the memory is given back.
  private let release: Release

  /// Where the memory came from.
  private enum Release {
    case unmap
    case deallocate
  }

  /// A copy of `bytes`.
  public init(copying bytes: [UInt8]) {
    let memory = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bytes.count, 1))
    bytes.withUnsafeBufferPointer { source in
      if let base = source.baseAddress { memory.initialize(from: base, count: source.count) }
    }
    start = UnsafePointer(memory)
    count = bytes.count
    release = .deallocate
  }

  /// The file at `path`, mapped read-only (an empty file is an empty copy).
  public init(mapping path: String) throws(FileSystemError) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw FileSystemError(path: path, errorNumber: errno) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw FileSystemError(path: path, errorNumber: errno)
    }
    guard (status.st_mode & S_IFMT) == S_IFREG else {
      throw FileSystemError(
        path: path, errorNumber: (status.st_mode & S_IFMT) == S_IFDIR ? EISDIR : EINVAL)
    }
    let size = Int(status.st_size)
    guard size > 0 else {
      start = UnsafePointer(UnsafeMutablePointer<UInt8>.allocate(capacity: 1))
      count = 0
      release = .deallocate
      return
    }
    // Populated at once: the whole file is cut straight away, and one call maps every page.
    let address = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, descriptor, 0)
    guard let address, address != MAP_FAILED else {
      throw FileSystemError(path: path, errorNumber: errno)
    }
    start = UnsafePointer(address.assumingMemoryBound(to: UInt8.self))
    count = size
    release = .unmap
  }

  /// The bytes.
  var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

  deinit {
    switch release {
    case .unmap: munmap(UnsafeMutableRawPointer(mutating: start), count)
    case .deallocate: UnsafeMutablePointer(mutating: start).deallocate()
    }
  }
}
