/// An instant, to the second, in UTC: when a mark was made.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Seconds since 1970-01-01T00:00:00Z.
  public let secondsSinceEpoch: Int

  /// Creates a timestamp from seconds since the Unix epoch.
  public init(secondsSinceEpoch: Int) {
    self.secondsSinceEpoch = secondsSinceEpoch
  }

  /// Parses `YYYY-MM-DDTHH:MM:SSZ`.
  public init?(_ text: some StringProtocol) {
    let string = String(text)
    let bytes = Array(string.utf8)
    guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
      bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z"),
      let date = CalendarDate(string.prefix(10)),
      let hours = Int(string.dropFirst(11).prefix(2)), (0..<24).contains(hours),
      let minutes = Int(string.dropFirst(14).prefix(2)), (0..<60).contains(minutes),
      let seconds = Int(string.dropFirst(17).prefix(2)), (0..<60).contains(seconds)
    else { return nil }
    secondsSinceEpoch = date.dayNumber * 86_400 + hours * 3600 + minutes * 60 + seconds
  }

  /// The UTC calendar date of this instant.
  public var date: CalendarDate {
    CalendarDate(dayNumber: Int((Double(secondsSinceEpoch) / 86_400).rounded(.down)))
  }

  /// `YYYY-MM-DDTHH:MM:SSZ`.
  public var description: String {
    let secondsOfDay = secondsSinceEpoch - date.dayNumber * 86_400
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return
      "\(date)T\(two(secondsOfDay / 3600)):\(two(secondsOfDay / 60 % 60)):\(two(secondsOfDay % 60))Z"
  }

  public static func < (left: Timestamp, right: Timestamp) -> Bool {
    left.secondsSinceEpoch < right.secondsSinceEpoch
  }
}
