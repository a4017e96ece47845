/// The keywords a column allows (the raw values of an enumeration), kept as bytes so that a
/// field is matched by comparing bytes in place, without making a `String` per row.
///
/// Built once per table, before its rows are read.
public struct KeywordTable<Value: RawRepresentable & CaseIterable>: Sendable
where Value.RawValue == String, Value: Sendable {
  /// The values, in declaration order.
  let values: [Value]
  /// Each value's keyword's first eight bytes, packed (``PackedBytes``).
  let prefixes: [UInt64]
  /// Each value's keyword's length in bytes (kept beside ``starts`` for the loop that
  /// matches every field).
  let lengths: [Int]
  /// Every value's keyword as UTF-8 bytes, one after another.
  let keywords: [UInt8]
  /// Where each value's keyword starts in ``keywords``; one more at the end.
  let starts: [Int]

  /// Creates the table of `Value`'s keywords.
  public init(_ type: Value.Type = Value.self) {
    values = Array(Value.allCases)
    var keywords: [UInt8] = []
    var starts = [0]
    var prefixes: [UInt64] = []
    for value in values {
      let bytes = Array(value.rawValue.utf8)
      keywords += bytes
      starts.append(keywords.count)
      prefixes.append(bytes.withUnsafeBufferPointer { PackedBytes.littleEndian($0, width: 8) })
    }
    self.keywords = keywords
    self.starts = starts
    self.prefixes = prefixes
    lengths = zip(starts, starts.dropFirst()).map { $1 - $0 }
  }

  /// The value whose keyword is exactly `bytes`, or nil.
  ///
  /// Keywords are told apart by length and first eight bytes, as numbers; only the bytes
  /// after those are compared one by one. (Comparing arrays of bytes per keyword cost
  /// several times as much, most of it counting references.)
  public func value(of bytes: UnsafeBufferPointer<UInt8>) -> Value? {
    let prefix = PackedBytes.littleEndian(bytes, width: 8)
    for index in values.indices
    where lengths[index] == bytes.count && prefixes[index] == prefix {
      var offset = 8
      while offset < bytes.count, keywords[starts[index] + offset] == bytes[offset] { offset += 1 }
      if offset >= bytes.count { return values[index] }
    }
    return nil
  }

  /// Every allowed keyword, for an error message.
  var allowed: [String] { values.map(\.rawValue) }
}
