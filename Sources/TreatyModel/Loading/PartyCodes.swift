/// Party codes seen while loading, each packed into a number so that checking for a
/// duplicate or a known party never hashes a string: a code is two to four ASCII capitals
/// and digits, so its bytes fit a `UInt32` and no two codes share one.
struct PartyCodes: Sendable {
  /// The line each code was first seen on, by packed code.
  private var firstLine: [UInt32: Int] = [:]

  /// Makes room for `count` codes.
  mutating func reserveCapacity(_ count: Int) { firstLine.reserveCapacity(count) }

  /// Records a code seen on `line`; returns the line it was first seen on when it is a
  /// duplicate (which the caller refuses).
  mutating func insert(_ key: UInt32, line: Int) -> Int? {
    // One lookup: a duplicate is refused, so the line it overwrote is never needed again.
    firstLine.updateValue(line, forKey: key)
  }

  /// Whether a packed code was seen.
  func contains(_ key: UInt32) -> Bool { firstLine[key] != nil }

  /// A code's bytes packed, the first in the lowest byte (at most four bytes).
  static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var key: UInt32 = 0
    for (index, byte) in bytes.prefix(4).enumerated() { key |= UInt32(byte) << (8 * index) }
    return key
  }

  /// A code's text packed (see ``key(_:)-swift.type.method``).
  static func key(_ code: String) -> UInt32 {
    var code = code
    return code.withUTF8 { key($0) }
  }

  /// The text of a packed code (a small string: no allocation).
  static func text(of key: UInt32) -> String {
    String(unsafeUninitializedCapacity: 4) { buffer in
      var count = 0
      var rest = key
      while rest != 0 {
        buffer[count] = UInt8(rest & 0xFF)
        rest >>= 8
        count += 1
      }
      return count
    }
  }
}
