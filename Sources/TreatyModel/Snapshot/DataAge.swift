/// How old btap's knowledge of the treaty is: the newest of the shipped data's date and the
/// user's latest dated mark, measured against today.
///
/// The one place the age is computed: `btap status`, `btap help`, the dashboard's header and
/// its `?` help all read it from ``Ledger/dataAge(on:)``.
public struct DataAge: Hashable, Sendable, CustomStringConvertible {
  /// Knowledge older than this many days is called stale.
  public static let staleAfterDays = 90

  /// The date the shipped data is current to.
  public let dataAsOf: CalendarDate
  /// The newest date among the user's dated marks in effect, if any.
  public let latestMark: CalendarDate?
  /// The day the age is measured on.
  public let today: CalendarDate

  /// Creates the age of data current to `dataAsOf`, with marks up to `latestMark`, on `today`.
  public init(dataAsOf: CalendarDate, latestMark: CalendarDate?, today: CalendarDate) {
    self.dataAsOf = dataAsOf
    self.latestMark = latestMark
    self.today = today
  }

  /// The newest date anything btap knows is from: the data's date or the latest mark.
  public var knownAsOf: CalendarDate {
    guard let latestMark, latestMark > dataAsOf else { return dataAsOf }
    return latestMark
  }

  /// Days from ``knownAsOf`` to today (never negative).
  public var days: Int { max(0, knownAsOf.days(until: today)) }

  /// Whole calendar months from ``knownAsOf`` to today.
  public var months: Int {
    var count = 0
    while knownAsOf.addingMonths(count + 1) <= today { count += 1 }
    return count
  }

  /// Whether what btap knows is older than ``staleAfterDays``.
  public var isStale: Bool { days > Self.staleAfterDays }

  /// The age in words: `14 months`, `3 weeks`, `1 day`, `0 days`.
  public var span: String {
    if months >= 1 { return Wording.count(months, "month", "months") }
    if days >= 14 { return Wording.count(days / 7, "week", "weeks") }
    return Wording.count(days, "day", "days")
  }

  /// The header's words: `data 14 months old`.
  public var description: String { "data \(span) old" }

  /// How to bring btap up to date, for `btap status`, `btap help` and the `?` help.
  public static let refreshAdvice =
    "To bring it up to date, mark each new deposit (m in the dashboard, or btap mark), "
    + "fetch the news from the feeds you follow (btap feeds add URL, then btap news fetch or "
    + "R in the dashboard), or compare the depositary's table of parties and keep it "
    + "(btap data import FILE.csv)."
}
