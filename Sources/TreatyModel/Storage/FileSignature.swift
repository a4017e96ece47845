#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What identifies one version of a file without reading it: device, inode, size and
/// modification time; an atomic replacement changes the inode, an append the size.
public struct FileSignature: Hashable, Sendable {
  let device: UInt64
  let inode: UInt64
  let size: Int64
  let modifiedSeconds: Int
  let modifiedNanoseconds: Int

  /// The signature of the file at `path`, or nil when there is none (or it cannot be seen).
  public static func of(_ path: String) -> FileSignature? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return FileSignature(
      device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int64(status.st_size),
      modifiedSeconds: Int(status.st_mtim.tv_sec),
      modifiedNanoseconds: Int(status.st_mtim.tv_nsec))
  }
}
