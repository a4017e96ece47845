/// The keywords a column allows (the raw values of an enumeration), kept as bytes so that a
/// field is matched by comparing bytes in place, without making a `String` per row.
///
/// Built once per table, before its rows are read.
public struct KeywordTable<Value: RawRepresentable & CaseIterable>: Sendable
where Value.RawValue == String, Value: Sendable {
  /// The values, in declaration order.
  let values: [Value]
  /// Each value's keyword's first eight bytes, packed (see ``prefix(of:)``).
  let prefixes: [UInt64]
  /// Each value's keyword's length in bytes.
  let lengths: [Int]
  /// Every value's keyword as UTF-8 bytes, one after another.
  let keywords: [UInt8]
  /// Where each value's keyword starts in ``keywords``.
  let starts: [Int]

  /// Creates the table of `Value`'s keywords.
  public init(_ type: Value.Type = Value.self) {
    values = Array(Value.allCases)
    var keywords: [UInt8] = []
    var starts: [Int] = []
    var prefixes: [UInt64] = []
    for value in values {
      let bytes = Array(value.rawValue.utf8)
      starts.append(keywords.count)
      keywords += bytes
      prefixes.append(bytes.withUnsafeBufferPointer(KeywordTable.prefix(of:)))
    }
    self.keywords = keywords
    self.starts = starts
    self.prefixes = prefixes
    lengths = values.map { $0.rawValue.utf8.count }
  }

  /// The value whose keyword is exactly `bytes`, or nil.
  ///
  /// Keywords are told apart by length and first eight bytes, as numbers; only the bytes
  /// after those are compared one by one. (Comparing arrays of bytes per keyword cost
  /// several times as much, most of it counting references.)
  public func value(of bytes: UnsafeBufferPointer<UInt8>) -> Value? {
    let prefix = KeywordTable.prefix(of: bytes)
    for index in values.indices where lengths[index] == bytes.count && prefixes[index] == prefix {
      var offset = 8
      while offset < bytes.count, keywords[starts[index] + offset] == bytes[offset] { offset += 1 }
      if offset >= bytes.count { return values[index] }
    }
    return nil
  }

  /// The first eight bytes (fewer for a shorter text), the first in the lowest byte.
  static func prefix(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var prefix: UInt64 = 0
    for index in 0..<min(bytes.count, 8) { prefix |= UInt64(bytes[index]) << (8 * UInt64(index)) }
    return prefix
  }

  /// Every allowed keyword, for an error message.
  var allowed: [String] { values.map(\.rawValue) }
}
