import TreatyModel

#if canImport(Glibc)
  import Glibc
#endif

/// Reads a text file, or standard input for `-`, as UTF-8, for commands that take pasted
/// text.
enum TextInput {
  /// The largest input accepted: far more than any notification or saved page.
  static let maximumBytes = 8 * 1024 * 1024
  /// How many bytes are read from standard input at a time.
  static let chunkBytes = 64 * 1024

  /// The text of `path` (`-` for standard input); an unreadable file is an I/O failure, text
  /// that is not UTF-8 or too large a data failure, each naming the input.
  static func read(_ path: String) throws(CommandFailure) -> String {
    let name = path == "-" ? "standard input" : path
    var bytes: [UInt8]
    if path == "-" {
      bytes = []
      var chunk = [UInt8](repeating: 0, count: chunkBytes)
      while true {
        let count = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, chunkBytes) }
        if count < 0 {
          if errno == EINTR { continue }
          throw .inputOutput("\(name): cannot read (\(String(cString: strerror(errno))))")
        }
        if count == 0 { break }
        bytes += chunk[..<count]
        if bytes.count > maximumBytes { break }
      }
    } else {
      do {
        bytes = try FileSystem.read(path)
      } catch {
        throw .inputOutput(error.description)
      }
    }
    if bytes.count > maximumBytes {
      throw .data("\(name): larger than \(maximumBytes / 1024 / 1024) MiB; nothing was read")
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .data("\(name): the text is not valid UTF-8; nothing was read")
    }
    return text
  }
}
