#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The keywords a column allows (the raw values of an enumeration), kept as bytes so that a
/// field is matched by comparing bytes in place, without making a `String` per row.
///
/// Built once per table, before its rows are read.
public struct KeywordTable<Value: RawRepresentable & CaseIterable>: Sendable
where Value.RawValue == String, Value: Sendable {
  /// The values, in declaration order.
  let values: [Value]
  /// Each value's raw value as UTF-8 bytes, in the same order.
  let keywords: [[UInt8]]

  /// Creates the table of `Value`'s keywords.
  public init(_ type: Value.Type = Value.self) {
    values = Array(Value.allCases)
    keywords = values.map { Array($0.rawValue.utf8) }
  }

  /// The value whose keyword is exactly `bytes`, or nil.
  public func value(of bytes: UnsafeBufferPointer<UInt8>) -> Value? {
    guard let base = bytes.baseAddress else {
      return keywords.firstIndex { $0.isEmpty }.map { values[$0] }
    }
    for index in keywords.indices where keywords[index].count == bytes.count {
      // memcmp: the generic sequence comparison cost ten times as much per byte.
      let same = keywords[index].withUnsafeBufferPointer { keyword in
        keyword.baseAddress.map { memcmp($0, base, bytes.count) == 0 } ?? bytes.isEmpty
      }
      if same { return values[index] }
    }
    return nil
  }

  /// Every allowed keyword, for an error message.
  var allowed: [String] { values.map(\.rawValue) }
}
