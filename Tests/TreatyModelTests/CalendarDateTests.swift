import Testing
import TreatyModel

@Suite("Calendar dates")
struct CalendarDateTests {
  @Test(
    "parses only real YYYY-MM-DD dates",
    arguments: [
      ("2020-04-28", true), ("2020-02-29", true), ("2019-02-29", false), ("2020-13-01", false),
      ("2020-04-31", false), ("2020-4-28", false), ("20200428", false), ("2020-04-28 ", false),
      ("", false), ("abcd-ef-gh", false), ("2000-02-29", true), ("1900-02-29", false),
    ])
  func parsing(text: String, valid: Bool) {
    #expect((CalendarDate(text) != nil) == valid)
  }

  @Test(
    "adding months clamps to the month's end",
    arguments: [
      ("2020-01-28", 3, "2020-04-28"),
      ("2019-11-30", 3, "2020-02-29"),
      ("2020-11-30", 3, "2021-02-28"),
      ("2020-01-31", 1, "2020-02-29"),
      ("2021-01-31", 1, "2021-02-28"),
      ("2024-02-29", 12, "2025-02-28"),
      ("2023-12-31", 3, "2024-03-31"),
      ("2020-05-31", 3, "2020-08-31"),
      ("2021-03-31", -1, "2021-02-28"),
      ("2020-02-11", 3, "2020-05-11"),
    ])
  func addingMonths(start: String, months: Int, expected: String) {
    #expect(Fixtures.date(start).addingMonths(months).description == expected)
  }

  @Test("leap years follow the Gregorian rule")
  func leapYears() {
    #expect(CalendarDate.isLeapYear(2020))
    #expect(CalendarDate.isLeapYear(2000))
    #expect(!CalendarDate.isLeapYear(1900))
    #expect(!CalendarDate.isLeapYear(2021))
    #expect(CalendarDate.daysInMonth(year: 2024, month: 2) == 29)
    #expect(CalendarDate.daysInMonth(year: 2100, month: 2) == 28)
  }

  @Test("day numbers round-trip and count days")
  func dayNumbers() {
    #expect(Fixtures.date("1970-01-01").dayNumber == 0)
    for text in ["1969-12-31", "2000-02-29", "2020-04-28", "2100-03-01", "1600-01-01"] {
      let date = Fixtures.date(text)
      #expect(CalendarDate(dayNumber: date.dayNumber) == date)
    }
    #expect(Fixtures.date("2025-11-25").days(until: Fixtures.date("2026-06-10")) == 197)
    #expect(Fixtures.date("2020-02-28").addingDays(2).description == "2020-03-01")
  }

  @Test("timestamps print and parse in UTC")
  func timestamps() {
    let stamp = Timestamp("2026-11-25T04:05:06Z")
    #expect(stamp?.description == "2026-11-25T04:05:06Z")
    #expect(stamp?.date.description == "2026-11-25")
    #expect(Timestamp("2026-11-25 04:05:06") == nil)
    #expect(Timestamp("2026-11-25T24:00:00Z") == nil)
  }
}

/// Dates are packed into one number; their parts, order and arithmetic are unchanged.
@Suite struct PackedDateTests {
  @Test("parts, order and arithmetic hold from year 1 to 9999")
  func extremes() throws {
    let first = try #require(CalendarDate(year: 1, month: 1, day: 1))
    let last = try #require(CalendarDate(year: 9999, month: 12, day: 31))
    #expect((first.year, first.month, first.day) == (1, 1, 1))
    #expect((last.year, last.month, last.day) == (9999, 12, 31))
    #expect(first < last)
    #expect(CalendarDate(dayNumber: last.dayNumber) == last)
    #expect(CalendarDate(dayNumber: first.dayNumber) == first)
    #expect(first.addingDays(-1).year == 0)
    #expect(first.addingDays(-1) < first)
    #expect(last.addingMonths(1200).year == 10_099)
    #expect(CalendarDate("2020-02-30") == nil)
    #expect(CalendarDate("2020-1-05") == nil)
    #expect(CalendarDate("2020-01-0a") == nil)
    #expect(CalendarDate("2020/01/05") == nil)
    #expect(CalendarDate("2019-11-30")?.addingMonths(3).description == "2020-02-29")
  }
}
