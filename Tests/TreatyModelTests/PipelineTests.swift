import Foundation
import Testing
import TreatyModel

/// Steps on the way to depositing: recorded as marks, read back from the journal, and the
/// "in process" status they give in every snapshot.
@Suite("Pipeline: steps as marks, in process until the deposit")
struct PipelineTests {
  let dataset: TreatyDataset
  init() throws { dataset = try Fixtures.dataset() }

  private func mark(
    _ sequence: Int, _ code: String, _ action: Mark.Action, note: String = ""
  ) -> Mark {
    Mark(
      sequence: sequence, madeAt: Fixtures.clock.now, partyCode: code, action: action, note: note)
  }

  private func step(_ stage: PipelineStage, _ date: String, source: String = "") -> Mark.Action {
    .step(stage, source: source, Fixtures.date(date))
  }

  @Test("a step is saved as one journal line and read back the same, note and source too")
  func journalRoundTrip() throws {
    let locations = try Fixtures.locations()
    var workspace = try Workspace.open(locations: locations, dataset: dataset)
    try workspace.mark(
      code: "GH", action: step(.beforeParliament, "2025-03-01", source: "https://example.org/gh"),
      note: "Bill laid before parliament", clock: Fixtures.clock)
    let path = locations.userData + "/" + MarkStore.fileName
    let text = String(decoding: Fixtures.bytes(path), as: UTF8.self)
    let expected =
      "1\t2026-11-25T10:00:00Z\tmark\t\tGH\tstep\t2025-03-01\tbefore-parliament\t"
      + "https://example.org/gh\tBill laid before parliament"
    #expect(text.split(separator: "\n").last.map(String.init) == expected)
    let reopened = try Workspace.open(locations: locations, dataset: dataset)
    let ghana = try #require(reopened.ledger.participant(code: "GH"))
    #expect(
      ghana.steps == [
        PipelineStep(
          stage: .beforeParliament, date: Fixtures.date("2025-03-01"),
          source: "https://example.org/gh", note: "Bill laid before parliament", markSequence: 1)
      ])
  }

  @Test(
    "a journal step with an unknown stage or a source that is no web address is refused",
    arguments: [
      ("voted\t", "field 'voted'"), ("approved\tftp://example.org", "not a web address"),
      // A control character (here NUL, as fuzzing found; C1 ones alike) would be cleaned
      // away when saved, leaving another address than the one checked.
      ("approved\thttps://ex\u{0}ample.org/ghana", "not a web address"),
      ("approved\thttps://ex\u{85}ample.org/ghana", "not a web address"),
    ])
  func journalRejectsBadSteps(fields: String, expected: String) throws {
    let locations = try Fixtures.locations()
    let path = locations.userData + "/" + MarkStore.fileName
    try Fixtures.write(
      MarkJournal.preamble + "\n" + MarkJournal.header.joined(separator: "\t") + "\n"
        + "1\t2026-11-25T10:00:00Z\tmark\t\tGH\tstep\t2025-03-01\t\(fields)\t\n", to: path)
    let before = Fixtures.bytes(path)
    do {
      _ = try Workspace.open(locations: locations, dataset: dataset)
      Issue.record("expected an error")
    } catch {
      #expect(error.description.hasPrefix(path + ":3: "))
      #expect(error.description.contains(expected.replacingOccurrences(of: "field ", with: "")))
    }
    #expect(Fixtures.bytes(path) == before)
  }

  @Test("a step makes a signatory 'in process' from its date on; before it, a signatory")
  func inProcessFromTheStepsDate() throws {
    let ledger = Ledger(
      dataset: dataset,
      marks: [
        mark(1, "GH", step(.consultation, "2024-11-05")),
        mark(2, "GH", step(.approved, "2025-05-01")),
      ])
    let before = TreatySnapshot(ledger: ledger, on: Fixtures.date("2024-11-04"))
    #expect(before.standing(code: "GH")?.status == .signatory)
    #expect(before.counts.inProcess == 0)
    let between = TreatySnapshot(ledger: ledger, on: Fixtures.date("2025-01-01"))
    #expect(between.standing(code: "GH")?.status == .inProcess(.consultation))
    #expect(between.standing(code: "GH")?.steps.count == 1)
    let after = TreatySnapshot(ledger: ledger, on: Fixtures.date("2025-10-01"))
    #expect(after.standing(code: "GH")?.status == .inProcess(.approved))
    #expect(after.counts.inProcess == 1)
    #expect(after.counts.count(of: .inProcess) == 1)
    // Ghana still counts among the signatories that have not ratified.
    let shipped = TreatySnapshot(ledger: Ledger(dataset: dataset, marks: []), on: after.date)
    #expect(after.counts.signedOnly == shipped.counts.signedOnly)
    #expect(after.counts.count(of: .signatory) == shipped.counts.count(of: .signatory) - 1)
    #expect(after.progress.parties == shipped.progress.parties)
  }

  @Test("each kind's count matches the standings of that kind")
  func countsAgreeWithStandings() throws {
    let ledger = Ledger(
      dataset: dataset,
      marks: [
        mark(1, "GH", step(.approved, "2025-05-01")),
        mark(2, "CA", step(.consultation, "2025-02-01")),
      ])
    let snapshot = TreatySnapshot(ledger: ledger, on: Fixtures.date("2025-10-01"))
    for kind in StatusKind.allCases {
      #expect(
        snapshot.counts.count(of: kind) == snapshot.standings.count { $0.status.kind == kind },
        "\(kind)")
    }
    // Canada never signed: its step lists it.
    #expect(snapshot.standing(code: "CA")?.isListed == true)
    #expect(snapshot.standing(code: "CA")?.status == .inProcess(.consultation))
  }

  @Test("a deposit moves the state out of 'in process'; its steps stay as its history")
  func depositEndsTheWay() throws {
    let ledger = Ledger(
      dataset: dataset,
      marks: [
        mark(1, "GH", step(.awaitingDeposit, "2025-06-01")),
        mark(2, "GH", .ratification(Fixtures.date("2025-09-01"))),
      ])
    let snapshot = TreatySnapshot(ledger: ledger, on: Fixtures.date("2025-10-01"))
    #expect(snapshot.standing(code: "GH")?.status.isParty == true)
    #expect(snapshot.counts.inProcess == 0)
    let pipeline = Pipeline(snapshot: snapshot)
    #expect(pipeline.inProcess.isEmpty)
    #expect(pipeline.deposited.map(\.standing.code) == ["GH"])
    let timeline = PartyTimeline(standing: try #require(snapshot.standing(code: "GH")))
    #expect(
      timeline.entries.map(\.title) == [
        "signed", "instrument signed, awaiting deposit", "ratification deposited",
        "bound by the treaty",
      ])
    // The day before the deposit, it was still in process.
    let before = TreatySnapshot(ledger: ledger, on: Fixtures.date("2025-08-31"))
    #expect(before.standing(code: "GH")?.status == .inProcess(.awaitingDeposit))
  }

  @Test("a step after the deposit is refused, and one that an update makes late is kept aside")
  func stepAfterDeposit() throws {
    let ledger = Ledger(dataset: dataset, marks: [])
    #expect(
      throws: MarkError.stepAfterDeposit(name: "China", deposited: Fixtures.date("2014-07-09"))
    ) {
      try ledger.validate(
        step(.approved, "2020-01-01"), code: "CN", today: Fixtures.date("2026-11-25"))
    }
    let replayed = Ledger(
      dataset: dataset,
      marks: [
        mark(1, "GH", step(.approved, "2025-10-01")),
        mark(2, "GH", .ratification(Fixtures.date("2025-09-01"))),
        mark(3, "GH", step(.approved, "2025-10-01")),
      ])
    #expect(replayed.outcomes[1] == .applied)
    #expect(replayed.outcomes[3] == .superseded(reason: "an earlier mark records the same step"))
  }

  @Test("the pipeline lists the furthest stage first, and counts each stage")
  func pipelineOrder() throws {
    let ledger = Ledger(
      dataset: dataset,
      marks: [
        mark(1, "GH", step(.consultation, "2024-11-05")),
        mark(2, "BR", step(.approved, "2025-06-01")),
        mark(3, "CA", step(.consultation, "2025-02-01")),
      ])
    let pipeline = Pipeline(
      snapshot: TreatySnapshot(ledger: ledger, on: Fixtures.date("2025-10-01")))
    #expect(pipeline.inProcess.map(\.standing.code) == ["BR", "GH", "CA"])
    #expect(pipeline.count(at: .consultation) == 2)
    #expect(pipeline.count(at: .approved) == 1)
    #expect(pipeline.count(at: .awaitingDeposit) == 0)
  }

  @Test("a signatory in process stays in the campaign's signatories group")
  func targetsKeepSignatoriesInProcess() throws {
    let ledger = Ledger(dataset: dataset, marks: [mark(1, "GH", step(.approved, "2025-05-01"))])
    let related = try RelatedTreaties.load(
      from: Fixtures.resources, participants: dataset.participants)
    let targets = CampaignTargets(
      snapshot: TreatySnapshot(ledger: ledger, on: Fixtures.date("2025-10-01")), related: related)
    #expect(targets.count(of: .signatories) == 51)
    #expect(targets.target(code: "GH")?.groups.contains(.signatories) == true)
  }

  @Test("source links and notes are checked")
  func sourceAndNoteChecks() {
    #expect(PipelineStep.problem(source: "", note: "") == nil)
    #expect(PipelineStep.problem(source: "https://example.org/a", note: "short") == nil)
    #expect(PipelineStep.problem(source: "https://", note: "") != nil)
    #expect(PipelineStep.problem(source: "example.org", note: "") != nil)
    #expect(PipelineStep.problem(source: "https://a b", note: "") != nil)
    #expect(
      PipelineStep.problem(
        source: "", note: String(repeating: "x", count: PipelineStep.maximumNoteLength + 1))
        == "the note is longer than 200 characters (201)")
  }
}
