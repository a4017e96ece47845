/// The bytes libFuzzer hands a target, copied into an array.
public enum FuzzInput {
  /// The `count` bytes at `data` (none when `data` is nil).
  public static func bytes(_ data: UnsafePointer<UInt8>?, _ count: Int) -> [UInt8] {
    guard let data, count > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: count))
  }

  /// The number of lines a reader can name in `bytes`: every line feed ends one, and a last
  /// line without one counts too.
  static func lineCount(_ bytes: some Collection<UInt8>) -> Int {
    var count = 1
    for byte in bytes where byte == 0x0A { count += 1 }
    return count
  }

  /// Whether the bytes are valid UTF-8.
  static func isUTF8(_ bytes: [UInt8]) -> Bool {
    String(validating: bytes, as: UTF8.self) != nil
  }
}
