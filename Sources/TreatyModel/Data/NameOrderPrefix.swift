/// The start of a name as a small plain value that orders most names as `String` does,
/// without comparing strings.
///
/// An all-ASCII name (whose byte order is `String`'s order) keeps its first 24 bytes as three
/// words, the first byte highest; two names whose prefixes differ are ordered by them alone.
/// Any other name, and two that share a prefix and both go on, must be compared as strings.
public struct NameOrderPrefix: Sendable {
  /// The first 24 bytes, zero-padded, as three big-endian words (zero when not ASCII).
  public let words: (UInt64, UInt64, UInt64)
  /// Whether ``words`` order the name: it is all ASCII, without NUL (which the padding uses).
  public let isASCII: Bool
  /// Whether the name is longer than its prefix.
  public let isLongerThanPrefix: Bool

  /// The prefix of a name's UTF-8 bytes.
  public init(_ bytes: UnsafeBufferPointer<UInt8>) {
    for byte in bytes where byte == 0 || byte >= 0x80 {
      words = (0, 0, 0)
      isASCII = false
      isLongerThanPrefix = true
      return
    }
    var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
    withUnsafeMutableBytes(of: &words) { raw in
      raw.copyMemory(
        from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes).prefix(24)))
    }
    self.words = (words.0.bigEndian, words.1.bigEndian, words.2.bigEndian)
    isASCII = true
    isLongerThanPrefix = bytes.count > 24
  }
}

extension Participant {
  /// The name's order prefix (``NameOrderPrefix``), read from the name's bytes in place.
  public var nameOrderPrefix: NameOrderPrefix { withNameUTF8(NameOrderPrefix.init) }
}

extension ParticipantStanding {
  /// The name's order prefix (``NameOrderPrefix``).
  public var nameOrderPrefix: NameOrderPrefix {
    // Read in place, without a closure that could reach the array: then the participant is
    // not copied first.
    participants.withUnsafeBufferPointer { $0[position].nameOrderPrefix }
  }
}
