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

  /// The file at `path`, mapped read-only; what cannot be mapped (an empty file, a pipe) is
  /// read into a copy.
  public convenience init(mapping path: String) throws(FileSystemError) {
    let (descriptor, status) = try FileSystem.openForReading(path)
    defer { close(descriptor) }
    let size = Int(status.st_size)
    guard (status.st_mode & S_IFMT) == S_IFREG, size > 0 else {
      self.init(copying: try FileSystem.readAll(descriptor, path: path, sizeHint: size))
      return
    }
    try self.init(mapping: descriptor, size: size, path: path)
  }

  /// `size` bytes of an open regular file, mapped read-only.
  private init(mapping descriptor: Int32, size: Int, path: String) throws(FileSystemError) {
    // Populated at once: the whole file is cut straight away, and one call maps every page.
    let address = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, descriptor, 0)
    guard let address, address != MAP_FAILED else {
      throw FileSystemError(path: path, errorNumber: errno)
    }
    start = UnsafePointer(address.assumingMemoryBound(to: UInt8.self))
    count = size
    release = .unmap
  }

  deinit {
    switch release {
    case .unmap: munmap(UnsafeMutableRawPointer(mutating: start), count)
    case .deallocate: UnsafeMutablePointer(mutating: start).deallocate()
    }
  }
}
