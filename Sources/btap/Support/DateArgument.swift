import TreatyModel

/// Reads a `YYYY-MM-DD` date given on the command line.
///
/// A value of the wrong shape is a usage error (64); a well-shaped value that is not a real
/// date (`2021-02-29`) or lies after today is a data error (65).
enum DateArgument {
  /// The date in `text`, which was given as `option`.
  static func parse(_ text: String, option: String) throws(CommandFailure) -> CalendarDate {
    let bytes = Array(text.utf8)
    let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      bytes[0..<4].allSatisfy(isDigit), bytes[5..<7].allSatisfy(isDigit),
      bytes[8..<10].allSatisfy(isDigit)
    else {
      throw .usage("\(option) '\(text)' is not a date: expected YYYY-MM-DD")
    }
    guard let date = CalendarDate(text) else {
      throw .data("\(option) '\(text)' is not a real date")
    }
    return date
  }

  /// A date that must not be after `today`.
  static func parse(
    _ text: String, option: String, notAfter today: CalendarDate
  ) throws(CommandFailure) -> CalendarDate {
    let date = try parse(text, option: option)
    if date > today {
      throw .data("\(option) \(date) is in the future (today is \(today))")
    }
    return date
  }
}
