import Dashboard
import Foundation
import TerminalUI
import Testing
import TreatyModel

/// The command line and the dashboard list the same states with the same statuses on every
/// date, with and without the user's marks: both read the model's `TreatySnapshot`.
@Suite("One truth: btap parties and the dashboard agree on every date")
struct OneTruthTests {
  /// The dates compared: every deposit and recorded step, the day before each, and 20 dates
  /// spread from the adoption to today.
  static func dates(ledger: Ledger, today: CalendarDate) -> [CalendarDate] {
    var dates = Set<CalendarDate>()
    for participant in ledger.participants {
      for step in participant.steps {
        dates.insert(step.date)
        dates.insert(step.date.addingDays(-1))
      }
      guard let deposit = participant.depositDate else { continue }
      dates.insert(deposit)
      dates.insert(deposit.addingDays(-1))
    }
    let adopted = ledger.dataset.facts.adopted
    let span = adopted.days(until: today)
    for step in 0..<20 { dates.insert(adopted.addingDays(span * step / 19)) }
    return dates.filter { $0 <= today }.sorted()
  }

  /// The rows `btap parties --status all --as-of DATE --format csv` prints: name and status.
  static func commandLineRows(_ runner: BtapRunner, on date: CalendarDate) throws -> [String] {
    let result = try runner.run(
      ["parties", "--status", "all", "--as-of", date.description, "--format", "csv"])
    #expect(result.status == 0, "\(result.error)")
    return try StandardReaders.rfc4180(result.output).dropFirst().map { fields in
      "\(fields[0]) | \(fields[7])"
    }.sorted()
  }

  /// The rows the dashboard lists after travelling to `date` with `t`: name and status.
  static func dashboardRows(_ workspace: Workspace, on date: CalendarDate, today: CalendarDate)
    -> [String]
  {
    var state = AppState(
      model: DashboardModel(workspace: workspace), today: today,
      size: Size(width: 120, height: 40))
    _ = reduce(&state, .openDatePrompt)
    for _ in 0..<10 { _ = reduce(&state, .textInput(.backspace)) }
    for character in date.description { _ = reduce(&state, .textInput(.character(character))) }
    _ = reduce(&state, .confirm)
    #expect(state.date == date)
    return state.parties.rows.compactMap(\.entry).map {
      "\($0.participant.name) | \($0.status.keyword)"
    }.sorted()
  }

  @Test("on the shipped data and with marks, the same rows on every date")
  func sameRowsOnEveryDate() throws {
    let runner = try BtapRunner()
    let resources = BtapRunner.repositoryRoot.appendingPathComponent("Resources").path
    let locations = DataLocations(
      resources: resources, userData: runner.dataDirectory,
      state: runner.dataDirectory + "/state")
    let today = Clock.system.today
    for marks in [false, true] {
      if marks {
        for arguments in [
          ["mark", "France", "--ratification", "--date", "2026-01-05"],
          ["mark", "CA", "--accession", "--date", "2026-02-01"],
          ["mark", "Japan", "--denunciation", "--date", "2026-03-02"],
          ["step", "Ghana", "--stage", "approved", "--date", "2025-05-01"],
          ["step", "BR", "--stage", "consultation", "--date", "2024-03-01"],
          ["step", "France", "--stage", "before-parliament", "--date", "2025-07-01"],
        ] {
          let result = try runner.run(arguments)
          #expect(result.status == 0, "\(result.error)")
        }
      }
      let workspace = try Workspace.open(locations: locations)
      let dates = OneTruthTests.dates(ledger: workspace.ledger, today: today)
      #expect(dates.count > 100)
      var inProcessRows = 0
      for date in dates {
        let printed = try OneTruthTests.commandLineRows(runner, on: date)
        let listed = OneTruthTests.dashboardRows(workspace, on: date, today: today)
        #expect(printed == listed, "\(date), marks: \(marks)")
        inProcessRows += printed.count { $0.hasSuffix("| in-process") }
      }
      #expect((inProcessRows > 0) == marks)
    }
  }

  @Test("on 2019-12-31 both list 89 states and Comoros (2021) among neither")
  func beforeEntryIntoForce() throws {
    let runner = try BtapRunner()
    let date = try #require(CalendarDate("2019-12-31"))
    let printed = try OneTruthTests.commandLineRows(runner, on: date)
    #expect(printed.count == 89)
    #expect(!printed.contains { $0.hasPrefix("Comoros") })
  }
}
