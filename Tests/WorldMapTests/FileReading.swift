#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A test fixture file that could not be read.
struct FixtureReadError: Error, CustomStringConvertible {
  /// The file that failed.
  let path: String

  /// A one-line message.
  var description: String { "cannot read \(path)" }
}

/// Reads a whole file's bytes.
func readBytes(_ path: String) throws -> [UInt8] {
  guard let file = fopen(path, "rb") else { throw FixtureReadError(path: path) }
  defer { fclose(file) }
  var bytes: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 1 << 16)
  while true {
    let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, 1 << 16, file) }
    bytes.append(contentsOf: chunk[0..<count])
    if count < 1 << 16 { return bytes }
  }
}

/// Writes a whole file, for tests of file loading.
func writeText(_ text: String, to path: String) throws {
  guard let file = fopen(path, "wb") else { throw FixtureReadError(path: path) }
  defer { fclose(file) }
  let bytes = Array(text.utf8)
  let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, bytes.count, file) }
  guard written == bytes.count else { throw FixtureReadError(path: path) }
}
