import Foundation
import Testing

/// `btap step` and `btap pipeline` from the real binary: steps recorded with evidence, listed,
/// undone and redone, kept across runs, and the "in process" status they give everywhere.
@Suite struct PipelineCommandTests {
  @Test("step records a stage, pipeline lists it, undo and redo work, a later run still sees it")
  func recordListUndoRedo() throws {
    let runner = try BtapRunner()
    let first = try runner.run([
      "step", "Ghana", "--stage", "before-parliament", "--date", "2025-03-01", "--source",
      "https://example.org/ghana", "--note", "Bill laid before parliament",
    ])
    #expect(first.status == 0, "\(first.error)")
    #expect(
      first.lines == [
        "Recorded mark 1: Ghana: step 'before parliament' on 2025-03-01.",
        "Ghana is now in process (before parliament), no instrument deposited.",
        "1 state is in process.",
      ])
    let second = try runner.run([
      "step", "CA", "--stage", "consultation", "--date", "2025-02-01",
    ])
    #expect(second.status == 0, "\(second.error)")

    // Each run is a fresh process: the steps survive the restart through the journal.
    let csv = try StandardReaders.csv(try runner.run(["pipeline", "--format", "csv"]).output)
    #expect(
      csv == [
        [
          "name", "iso2", "region", "stage", "stage_date", "steps", "signature_date", "status",
          "source", "note",
        ],
        [
          "Ghana", "GH", "Africa", "before-parliament", "2025-03-01", "1", "2012-06-26",
          "in-process", "https://example.org/ghana", "Bill laid before parliament",
        ],
        [
          "Canada", "CA", "North America", "consultation", "2025-02-01", "1", "", "in-process", "",
          "",
        ],
      ])
    let table = try runner.run(["pipeline"])
    let today = try #require(table.lines.first?.dropFirst("In process on ".count).prefix(10))
    #expect(
      table.lines.prefix(5) == [
        "In process on \(today): 2",
        "  1. consultation opened: 1", "  2. before parliament: 1", "  3. approved: 0",
        "  4. instrument signed, awaiting deposit: 0",
      ])
    #expect(table.output.contains("◔ in-process"))

    let undo = try runner.run(["undo"])
    #expect(undo.output == "Undid mark 2: Canada: step 'consultation opened' on 2025-02-01.\n")
    let afterUndo = try StandardReaders.csv(try runner.run(["pipeline", "--format", "csv"]).output)
    #expect(afterUndo.dropFirst().map { $0[1] } == ["GH"])
    let redo = try runner.run(["redo"])
    #expect(redo.output == "Redid mark 2: Canada: step 'consultation opened' on 2025-02-01.\n")
    let json = try runner.run(["pipeline", "--format", "json"])
    #expect(json.output.contains("\"stage\": \"consultation\""))
  }

  @Test("an in-process state is counted by status and parties, and drawn so on the SVG map")
  func countedAndDrawn() throws {
    let runner = try BtapRunner()
    _ = try runner.run(["step", "GH", "--stage", "approved", "--date", "2025-05-01"])
    let status = try runner.run(["status"])
    #expect(status.output.contains("By your steps, 1 state was in process"))
    #expect(status.output.contains("had 48 parties"))
    let parties = try StandardReaders.csv(
      try runner.run(["parties", "--status", "in-process", "--format", "csv"]).output)
    #expect(parties.dropFirst().map { [$0[1], $0[7]] } == [["GH", "in-process"]])
    let signatories = try StandardReaders.csv(
      try runner.run(["parties", "--status", "signatory", "--format", "csv"]).output)
    #expect(signatories.contains { $0[1] == "GH" })
    let svg = try runner.run(["map", "--format", "svg"]).output
    #expect(svg.contains("<path class=\"country status-in-process\" data-iso2=\"GH\""))
    #expect(svg.contains("in process (striped)"))
    // Before the step's date, Ghana was a signatory only, and the legend has no "in process".
    let early = try runner.run(["map", "--format", "svg", "--as-of", "2025-04-30"]).output
    #expect(early.contains("<path class=\"country status-signatory\" data-iso2=\"GH\""))
    #expect(!early.contains("in process"))
    let earlyPipeline = try runner.run(["pipeline", "--as-of", "2025-04-30"])
    #expect(earlyPipeline.lines.first == "In process on 2025-04-30: 0")
  }

  @Test("a deposit mark moves the state out of in process; show keeps the whole timeline")
  func depositEndsTheWay() throws {
    let runner = try BtapRunner()
    _ = try runner.run([
      "step", "GH", "--stage", "awaiting-deposit", "--date", "2025-06-01", "--note", "Signed",
    ])
    let deposit = try runner.run(["mark", "GH", "--ratification", "--date", "2025-09-01"])
    #expect(deposit.status == 0, "\(deposit.error)")
    let pipeline = try StandardReaders.csv(
      try runner.run(["pipeline", "--format", "csv"]).output)
    #expect(pipeline.count == 1)
    let all = try StandardReaders.csv(
      try runner.run(["pipeline", "--all", "--format", "csv"]).output)
    #expect(all.dropFirst().map { [$0[1], $0[7]] } == [["GH", "party"]])
    let show = try runner.run(["show", "Ghana"])
    let timeline = show.lines.drop { $0 != "  Timeline:" }.prefix(6)
    #expect(
      Array(timeline) == [
        "  Timeline:",
        "    2012-06-26  · signed",
        "    2025-06-01  ◔ instrument signed, awaiting deposit (stage 4 of 4)",
        "                  note: Signed",
        "    2025-09-01  · ratification deposited",
        "    2025-12-01  · bound by the treaty",
      ])
    let plain = try runner.run(["show", "Ghana", "--plain"])
    #expect(
      plain.lines.contains(
        "On 2025-06-01: instrument signed, awaiting deposit (stage 4 of 4); note: Signed."))
    let late = try runner.run(["step", "GH", "--stage", "approved", "--date", "2025-09-02"])
    #expect(late.status == 65)
    #expect(
      late.error
        == "btap: error: Ghana deposited on 2025-09-01; a step on the way cannot come after it\n")
  }

  @Test(
    "bad input is refused with its exit status and leaves the journal as it was",
    arguments: [
      (
        ["step", "GH", "--stage", "voted", "--date", "2025-01-01"], Int32(64),
        "The value 'voted' is invalid for '--stage <STAGE>'"
      ),
      (
        ["step", "GH", "--stage", "approved", "--date", "2025-01-01", "--source", "example.org"],
        Int32(64), "the source 'example.org' is not a web address (https://…)"
      ),
      (
        ["step", "GH", "--stage", "approved", "--date", "2999-01-01"], Int32(65),
        "is in the future"
      ),
      (
        ["step", "GH", "--stage", "approved", "--date", "1 May 2025"], Int32(64),
        "expected YYYY-MM-DD"
      ),
      (
        ["step", "Atlantis", "--stage", "approved", "--date", "2025-01-01"], Int32(65),
        "no state or organization matches 'Atlantis'"
      ),
      (
        [
          "step", "GH", "--stage", "approved", "--date", "2025-01-01", "--note",
          String(repeating: "n", count: 201),
        ], Int32(64), "the note is longer than 200 characters (201)"
      ),
    ])
  func badInput(arguments: [String], status: Int32, message: String) throws {
    let runner = try BtapRunner()
    _ = try runner.run(["step", "GH", "--stage", "consultation", "--date", "2024-11-05"])
    let journal = runner.dataDirectory + "/marks.tsv"
    let before = FileManager.default.contents(atPath: journal)
    let result = try runner.run(arguments)
    #expect(result.status == status)
    #expect(result.error.contains(message), "\(result.error)")
    #expect(FileManager.default.contents(atPath: journal) == before)
  }

  @Test("step --help lists the stages in order with what each means")
  func helpListsTheStages() throws {
    let help = try BtapRunner().run(["step", "--help"])
    #expect(help.status == 0)
    let stages = help.lines.filter { $0.hasPrefix("  1. ") || $0.hasPrefix("  4. ") }
    #expect(stages.first?.hasPrefix("  1. consultation       consultation opened:") == true)
    #expect(stages.last?.hasPrefix("  4. awaiting-deposit   instrument signed, awaiting") == true)
    #expect(help.output.contains("2. before-parliament"))
    #expect(help.output.contains("3. approved"))
  }
}
