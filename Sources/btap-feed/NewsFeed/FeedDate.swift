import TreatyModel

/// Reads the publication dates feeds use, keeping the calendar date as the publisher wrote it
/// (in the publisher's own time zone: an item dated `Tue, 28 Jan 2020 23:30:00 -0500` is
/// dated 2020-01-28).
enum FeedDate {
  /// Parses an RFC 822 / RFC 1123 date (`pubDate`).
  ///
  /// For example `Tue, 28 Jan 2020 10:00:00 +0000`; the weekday is optional, two-digit years are read as RFC 2822 says (< 50 → 20xx).
  static func rfc822(_ text: String) -> CalendarDate? {
    var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
      .map(String.init)
    if let first = words.first, first.hasSuffix(",") || Int(first) == nil && words.count > 3 {
      words.removeFirst()
    }
    guard words.count >= 3, let day = Int(words[0]), let month = monthNumber(words[1]),
      let rawYear = Int(words[2]), words[2].allSatisfy(\.isNumber)
    else { return nil }
    var year = rawYear
    if words[2].count == 2 { year += rawYear < 50 ? 2000 : 1900 }
    return CalendarDate(year: year, month: month, day: day)
  }

  /// Parses an RFC 3339 date-time (`updated`, `published`, `dc:date`), or a bare date.
  static func rfc3339(_ text: String) -> CalendarDate? {
    let trimmed = text.trimmingWhiteSpace()
    guard trimmed.utf8.count >= 10 else { return nil }
    let rest = trimmed.dropFirst(10)
    if let separator = rest.first, separator != "T", separator != "t", separator != " " {
      return nil
    }
    return CalendarDate(trimmed.prefix(10))
  }

  /// Either form: RFC 3339 first, then RFC 822.
  static func any(_ text: String) -> CalendarDate? {
    rfc3339(text) ?? rfc822(text)
  }

  private static func monthNumber(_ word: String) -> Int? {
    let months = [
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    let lowered = word.lowercased().trimmingCharacters(in: ".,")
    guard lowered.count >= 3 else { return nil }
    return months.firstIndex(of: String(lowered.prefix(3))).map { $0 + 1 }
  }
}

extension String {
  /// The string without leading and trailing white space of any kind.
  func trimmingWhiteSpace() -> String {
    var slice = Substring(self)
    while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
    while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
    return String(slice)
  }

  /// The string without leading and trailing occurrences of the given characters.
  fileprivate func trimmingCharacters(in characters: String) -> String {
    var slice = Substring(self)
    while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
    return String(slice)
  }
}
