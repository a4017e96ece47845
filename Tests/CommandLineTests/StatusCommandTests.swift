import Foundation
import Testing

/// `btap status` and `btap` with no command, on the shipped data.
@Suite struct StatusCommandTests {
  @Test func statusSummarizesTheShippedData() throws {
    let shipped = try ShippedParties.load()
    let threshold = try #require(shipped.thresholdRow)
    let result = try BtapRunner().run(["status"])
    #expect(result.status == 0)
    #expect(result.error.isEmpty)
    #expect(result.lines.count == 1)
    let text = result.output
    #expect(text.hasPrefix("As of \(shipped.dataAsOf), the date of btap's data ("))
    #expect(text.contains("had \(shipped.parties.count) parties, all of them bound by it"))
    #expect(!text.contains("Today"))
    #expect(!text.contains("has \(shipped.parties.count) parties"))
    #expect(text.contains("It needed \(shipped.threshold) instruments"))
    #expect(text.contains("\(threshold.name)'s, deposited on \(threshold.depositDate)"))
    #expect(text.contains("entered into force on \(threshold.inForceDate)"))
    #expect(
      text.contains(
        "Of its \(shipped.signatories.count) signatories, \(shipped.signatoriesNotParties.count) had not yet ratified"
      ))
    #expect(text.contains("no marks of your own"))
    // The shipped data is more than 90 days old: the paragraph says so, and how to catch up.
    #expect(text.contains(" months ago)"))
    #expect(text.contains("What btap knows is "))
    #expect(text.contains("mark each new deposit (m in the dashboard, or btap mark)"))
    #expect(text.contains("btap feeds add URL, then btap news fetch"))
  }

  @Test func aMarkDatedLastWeekEndsTheWarning() throws {
    let runner = try BtapRunner()
    let lastWeek = Date().addingTimeInterval(-7 * 86_400)
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyy-MM-dd"
    formatter.timeZone = TimeZone(identifier: "UTC")
    let day = formatter.string(from: lastWeek)
    #expect(try runner.run(["mark", "Austria", "--ratification", "--date", day]).status == 0)
    let text = try runner.run(["status"]).output
    #expect(text.hasPrefix("As of \(day), the date of your latest mark ("))
    #expect(text.contains("over btap's data of 2025-10-01"))
    #expect(!text.contains("What btap knows is"))
    #expect(!text.contains("may be missing"))
  }

  @Test func helpSaysHowToBringTheDataUpToDate() throws {
    let help = try BtapRunner().run(["help"])
    #expect(help.status == 0)
    let text = help.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(text.contains("btap status says how old that is"))
    #expect(text.contains("mark each new deposit (m in the dashboard, or btap mark)"))
    #expect(text.contains("btap feeds add URL, then btap news fetch"))
  }

  @Test func statusAsOfBeforeTheThreshold() throws {
    let result = try BtapRunner().run(["status", "--as-of", "2019-12-31"])
    #expect(result.status == 0)
    #expect(result.output.contains("On 2019-12-31"))
    #expect(result.output.contains("had 29 parties"))
    #expect(result.output.contains("not in force yet"))
    #expect(!result.output.contains("entered into force"))
  }

  @Test func statusAsOfDatesBeforeTheFirstSignatureAndTheFirstDeposit() throws {
    let runner = try BtapRunner()
    let adopted = try runner.run(["status", "--as-of", "2012-06-25"])
    #expect(adopted.status == 0)
    #expect(adopted.output.contains("had no parties."))
    #expect(adopted.output.contains("Nobody had signed it yet."))
    #expect(!adopted.output.contains("Of its no signatories"))
    let signing = try runner.run(["status", "--as-of", "2012-06-26"])
    #expect(signing.output.contains("None of its 48 signatories had ratified yet."))
    let first = try runner.run(["status", "--as-of", "2013-03-18"])
    #expect(first.output.contains("had 1 party, not yet bound by it."))
    #expect(!first.output.contains("none of them"))
  }

  @Test func noCommandPrintsTheStatusWhenNotOnATerminal() throws {
    let runner = try BtapRunner()
    let bare = try runner.run([])
    let status = try runner.run(["status"])
    #expect(bare.status == 0)
    #expect(bare.error.isEmpty)
    #expect(bare.output == status.output)
  }

  @Test func fastAndFullParsersAgree() throws {
    let runner = try BtapRunner()
    let spaced = try runner.run(["status", "--as-of", "2019-12-31"])
    let inline = try runner.run(["status", "--as-of=2019-12-31", "--plain"])
    #expect(inline.status == 0)
    #expect(inline.output == spaced.output)
    let rootFlags = try runner.run(["--no-mouse", "--ascii"])
    #expect(rootFlags.status == 0)
    #expect(rootFlags.output == (try runner.run(["status"])).output)
    let help = try runner.run(["status", "--help"])
    #expect(help.status == 0)
    #expect(help.output.contains("--as-of <DATE>"))
    let unknown = try runner.run(["status", "--as-of", "2019-12-31", "--format", "csv"])
    #expect(unknown.status == 64)
    #expect(unknown.error.hasPrefix("btap: error: Unknown option '--format'"))
  }

  @Test func statusCountsTheUsersMarks() throws {
    let runner = try BtapRunner()
    #expect(
      try runner.run(["mark", "Austria", "--ratification", "--date", "2025-10-05"]).status == 0)
    let result = try runner.run(["status"])
    let shipped = try ShippedParties.load()
    #expect(result.output.contains("had \(shipped.parties.count + 1) parties"))
    #expect(result.output.hasPrefix("As of 2025-10-05, the date of your latest mark"))
    #expect(result.output.contains("1 of your marks is in effect"))
  }

  @Test(arguments: [
    (["status", "--as-of", "2999-01-01"], Int32(65), "is in the future"),
    (["status", "--as-of", "2021-02-29"], Int32(65), "is not a real date"),
    (["status", "--as-of", "31/12/2019"], Int32(64), "expected YYYY-MM-DD"),
    (["status", "--as-of"], Int32(64), "Missing value"),
  ])
  func statusRejectsBadDates(arguments: [String], status: Int32, message: String) throws {
    let result = try BtapRunner().run(arguments)
    #expect(result.status == status)
    #expect(result.output.isEmpty)
    #expect(result.error.hasPrefix("btap: error: "))
    #expect(result.error.contains(message))
  }
}
