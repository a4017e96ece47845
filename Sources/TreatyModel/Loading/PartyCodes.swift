/// Party codes packed into numbers, so that indexing or checking a code never hashes a
/// string: a code is two to four ASCII capitals and digits, so its bytes fit a `UInt32` and
/// no two codes share one (``ParticipantIndex`` keeps them).
enum PartyCodes {
  /// A code's bytes packed, the first in the lowest byte (at most four bytes).
  static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    UInt32(truncatingIfNeeded: PackedBytes.littleEndian(bytes, width: 4))
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
