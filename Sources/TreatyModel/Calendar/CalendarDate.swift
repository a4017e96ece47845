/// A calendar date (year, month, day) with no time of day and no time zone.
///
/// Treaty dates are calendar dates: "three months after deposit" is calendar arithmetic,
/// not a number of seconds. Months are added with clamping to the month's last day, so
/// 2019-11-30 plus three months is 2020-02-29.
///
/// A date is one 32-bit number, `year × 512 + month × 32 + day`, whose order is the dates'
/// order: every participant holds several, and four bytes rather than twenty-four each
/// halved the memory that ten thousand rows touch.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The year, month and day, packed (see above); never 0, as the month is at least 1.
  let packed: Int32

  /// The year, in the proleptic Gregorian calendar.
  public var year: Int { Int(packed >> 9) }
  /// The month, 1 through 12.
  public var month: Int { Int((packed >> 5) & 0xF) }
  /// The day of the month, 1 through the month's length.
  public var day: Int { Int(packed & 0x1F) }

  /// Creates a date, or returns nil when the combination does not exist (2021-02-29).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...CalendarDate.daysInMonth(year: year, month: month)).contains(day)
    else { return nil }
    self.init(uncheckedYear: year, month: month, day: day)
  }

  /// Parses the ISO 8601 calendar form `YYYY-MM-DD`, and nothing else.
  public init?(_ text: some StringProtocol) {
    var text = String(text)
    guard let date = text.withUTF8({ CalendarDate(utf8: $0) }) else { return nil }
    self = date
  }

  /// Parses `YYYY-MM-DD` from UTF-8 bytes (a field of a table, read in place).
  public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count == 10, let base = bytes.baseAddress,
      base[4] == UInt8(ascii: "-"), base[7] == UInt8(ascii: "-")
    else { return nil }
    // Each digit's value; a byte that is not a digit wraps to 10 or more.
    func digit(_ index: Int) -> Int { Int(base[index] &- UInt8(ascii: "0")) }
    let digits = (digit(0), digit(1), digit(2), digit(3), digit(5), digit(6), digit(8), digit(9))
    guard digits.0 < 10, digits.1 < 10, digits.2 < 10, digits.3 < 10, digits.4 < 10,
      digits.5 < 10, digits.6 < 10, digits.7 < 10
    else { return nil }
    self.init(
      year: ((digits.0 * 10 + digits.1) * 10 + digits.2) * 10 + digits.3,
      month: digits.4 * 10 + digits.5, day: digits.6 * 10 + digits.7)
  }

  /// The date as `YYYY-MM-DD`.
  public var description: String {
    CalendarDate.padded(year, 4) + "-" + CalendarDate.padded(month, 2) + "-"
      + CalendarDate.padded(day, 2)
  }

  /// Whether `year` has 29 February.
  public static func isLeapYear(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in a month of a year.
  public static func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 2: return isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// The same day `months` calendar months later (or earlier), clamped to the month's end.
  public func addingMonths(_ months: Int) -> CalendarDate {
    let zeroBased = year * 12 + (month - 1) + months
    let newYear = zeroBased / 12
    let newMonth = zeroBased % 12 + 1
    let newDay = Swift.min(day, CalendarDate.daysInMonth(year: newYear, month: newMonth))
    return CalendarDate(uncheckedYear: newYear, month: newMonth, day: newDay)
  }

  /// The date `days` days later (or earlier).
  public func addingDays(_ days: Int) -> CalendarDate {
    CalendarDate(dayNumber: dayNumber + days)
  }

  /// Days from `self` to `other`: positive when `other` is later.
  public func days(until other: CalendarDate) -> Int {
    other.dayNumber - dayNumber
  }

  /// Days since 1970-01-01 (negative before it); a proleptic Gregorian day count.
  public var dayNumber: Int {
    // Howard Hinnant's days_from_civil.
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let shiftedMonth = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date of a day count since 1970-01-01.
  public init(dayNumber: Int) {
    let shifted = dayNumber + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    self.init(uncheckedYear: year, month: month, day: day)
  }

  public static func < (left: CalendarDate, right: CalendarDate) -> Bool {
    left.packed < right.packed
  }

  /// The date a ``packed`` value stands for.
  init(packed: Int32) { self.packed = packed }

  /// A date from parts already known to form one; arithmetic keeps years far inside the
  /// packed range (about four million years either way).
  private init(uncheckedYear year: Int, month: Int, day: Int) {
    packed = Int32(truncatingIfNeeded: year << 9 | month << 5 | day)
  }

  private static func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
  }
}
