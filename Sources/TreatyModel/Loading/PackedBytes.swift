/// The first bytes of a text packed into one number, the first byte lowest: how party codes
/// (``PartyCodes``) and keywords (``KeywordTable``) are compared and indexed as numbers.
enum PackedBytes {
  /// The first `width` bytes (fewer for a shorter text, the rest zero).
  @inline(__always)
  static func littleEndian(_ bytes: UnsafeBufferPointer<UInt8>, width: Int) -> UInt64 {
    var packed: UInt64 = 0
    for index in 0..<min(bytes.count, width) {
      packed |= UInt64(bytes[index]) << (8 * UInt64(index))
    }
    return packed
  }
}
