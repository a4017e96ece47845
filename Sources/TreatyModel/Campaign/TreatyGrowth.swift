/// The road so far: how many parties the treaty had, and how many were bound, on every day
/// from its adoption to a snapshot's date, as steps at the days the counts changed.
///
/// Read from the snapshot's standings (deposits, in-force dates and denunciations as known on
/// its date), so the chart agrees with every other count of that date.
public struct TreatyGrowth: Hashable, Sendable {
  /// A day on which a count changed, with the counts from that day on.
  public struct Step: Hashable, Sendable {
    /// The day.
    public let date: CalendarDate
    /// Parties from that day (deposited, not withdrawn).
    public let parties: Int
    /// Parties bound from that day.
    public let bound: Int
  }

  /// The counts at the end of a calendar year (or on the snapshot's date, for its year).
  public struct YearEnd: Hashable, Sendable {
    /// The year.
    public let year: Int
    /// The day the counts are taken on: 31 December, or the snapshot's date.
    public let date: CalendarDate
    /// Parties on that day.
    public let parties: Int
    /// Parties bound on that day.
    public let bound: Int
    /// Instruments deposited during the year, up to that day.
    public let deposits: Int
  }

  /// The first day described: the treaty's adoption.
  public let start: CalendarDate
  /// The last day described: the snapshot's date.
  public let end: CalendarDate
  /// The days the counts changed, oldest first.
  public let steps: [Step]
  /// The threshold of Article 26.
  public let threshold: Int
  /// The day the threshold was reached, if it was by the end.
  public let thresholdDate: CalendarDate?
  /// The day the treaty entered into force, if it had by the end.
  public let entryIntoForce: CalendarDate?
  /// The deposit dates up to the end, oldest first.
  private let depositDates: [CalendarDate]

  /// The growth up to the snapshot's date.
  public init(snapshot: TreatySnapshot) {
    let rules = snapshot.rules
    let end = snapshot.date
    var changes: [(date: CalendarDate, parties: Int, bound: Int)] = []
    var deposits: [CalendarDate] = []
    for standing in snapshot.standings {
      guard let deposit = standing.depositDate else { continue }
      deposits.append(deposit)
      changes.append((deposit, 1, 0))
      if let bound = standing.inForceDate, bound <= end { changes.append((bound, 0, 1)) }
      if let notice = standing.denunciationDate {
        let effective = rules.denunciationEffectiveDate(noticeReceived: notice)
        if effective <= end { changes.append((effective, -1, -1)) }
      }
    }
    changes.sort { $0.date < $1.date }
    var steps: [Step] = []
    var parties = 0
    var bound = 0
    for change in changes {
      parties += change.parties
      bound += change.bound
      if let last = steps.last, last.date == change.date { steps.removeLast() }
      steps.append(Step(date: change.date, parties: parties, bound: bound))
    }
    start = min(rules.facts.adopted, changes.first?.date ?? rules.facts.adopted)
    self.end = end
    self.steps = steps
    threshold = snapshot.progress.threshold
    thresholdDate = snapshot.progress.thresholdDeposit?.date
    entryIntoForce = snapshot.progress.entryIntoForce.flatMap { $0 <= end ? $0 : nil }
    depositDates = deposits.sorted()
  }

  /// The counts on a day (zero before the first deposit).
  public func counts(on date: CalendarDate) -> (parties: Int, bound: Int) {
    var low = 0
    var high = steps.count
    while low < high {
      let middle = (low + high) / 2
      if steps[middle].date <= date { low = middle + 1 } else { high = middle }
    }
    guard low > 0 else { return (0, 0) }
    return (steps[low - 1].parties, steps[low - 1].bound)
  }

  /// The counts at the end of each year from the adoption's to the end's.
  public var years: [YearEnd] {
    var result: [YearEnd] = []
    var depositIndex = 0
    for year in start.year...end.year {
      let yearEnd = CalendarDate(year: year, month: 12, day: 31) ?? end
      let day = min(yearEnd, end)
      var deposited = 0
      while depositIndex < depositDates.count, depositDates[depositIndex] <= day {
        if depositDates[depositIndex].year == year { deposited += 1 }
        depositIndex += 1
      }
      let counts = counts(on: day)
      result.append(
        YearEnd(
          year: year, date: day, parties: counts.parties, bound: counts.bound,
          deposits: deposited))
    }
    return result
  }
}
