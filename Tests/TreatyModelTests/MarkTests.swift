import Foundation
import Testing
import TreatyModel

@Suite("Marks: saved at once, undoable, crash-safe, shared safely")
struct MarkTests {
  let dataset: TreatyDataset
  init() throws { dataset = try Fixtures.dataset() }

  private func journalPath(_ locations: DataLocations) -> String {
    locations.userData + "/" + MarkStore.fileName
  }

  @Test("mark, save, and a fresh load shows it")
  func markSaveReload() throws {
    let locations = try Fixtures.locations()
    var workspace = try Workspace.open(locations: locations, dataset: dataset)
    let result = try workspace.mark(
      code: "US", action: .ratification(Fixtures.date("2026-11-20")), note: "from the news",
      clock: Fixtures.clock)
    #expect(result.externalEntries == 0)
    #expect(workspace.ledger.participant(code: "US")?.instrument == .ratification)

    let reopened = try Workspace.open(locations: locations, dataset: dataset)
    let us = try #require(reopened.ledger.participant(code: "US"))
    #expect(us.depositDate == Fixtures.date("2026-11-20"))
    #expect(reopened.ledger.factsFromMarks == 1)
    let mark = try #require(reopened.store.journal.activeMarks.first)
    #expect(mark.madeAt.description == "2026-11-25T10:00:00Z")
    #expect(mark.note == "from the news")
    let progress = reopened.rules.progress(
      of: reopened.ledger.participants, on: Fixtures.date("2026-11-25"))
    #expect(progress.parties == 49)
    let threshold = reopened.rules.thresholdDeposit(of: reopened.ledger.participants)
    #expect(
      reopened.rules.inForceDate(
        depositDate: Fixtures.date("2026-11-20"), code: "US", thresholdDeposit: threshold)
        == Fixtures.date("2027-02-20"))
    let text = String(decoding: Fixtures.bytes(journalPath(locations)), as: UTF8.self)
    #expect(
      text.split(separator: "\n").last
        == "1\t2026-11-25T10:00:00Z\tmark\t\tUS\tratification\t2026-11-20\t\t\tfrom the news")
  }

  @Test("an accession by a state that never signed, such as Canada")
  func accessionByNonSignatory() throws {
    let locations = try Fixtures.locations()
    var workspace = try Workspace.open(locations: locations, dataset: dataset)
    #expect(throws: StoreError.rejected(.notASignatory(name: "Canada"))) {
      try workspace.mark(
        code: "CA", action: .ratification(Fixtures.date("2026-10-01")), clock: Fixtures.clock)
    }
    try workspace.mark(
      code: "CA", action: .accession(Fixtures.date("2026-10-01")), clock: Fixtures.clock)
    let canada = try #require(workspace.ledger.participant(code: "CA"))
    #expect(canada.isListed)
    #expect(canada.instrument == .accession)
  }

  @Test("undo and redo are saved and survive a reload")
  func undoRedo() throws {
    let locations = try Fixtures.locations()
    var workspace = try Workspace.open(locations: locations, dataset: dataset)
    try workspace.mark(
      code: "FR", action: .ratification(Fixtures.date("2026-01-05")), clock: Fixtures.clock)
    try workspace.mark(
      code: "CA", action: .accession(Fixtures.date("2026-02-05")), clock: Fixtures.clock)
    try workspace.undo(clock: Fixtures.clock)
    #expect(workspace.ledger.participant(code: "CA")?.depositDate == nil)
    #expect(workspace.ledger.participant(code: "FR")?.depositDate != nil)
    var reopened = try Workspace.open(locations: locations, dataset: dataset)
    #expect(reopened.ledger.participant(code: "CA")?.depositDate == nil)
    #expect(reopened.store.journal.redoStack == [2])
    try reopened.redo(clock: Fixtures.clock)
    #expect(reopened.ledger.participant(code: "CA")?.depositDate == Fixtures.date("2026-02-05"))
    try reopened.undo(clock: Fixtures.clock)
    try reopened.undo(clock: Fixtures.clock)
    #expect(throws: StoreError.rejected(.nothingToUndo)) {
      try reopened.undo(clock: Fixtures.clock)
    }
    #expect(reopened.ledger.factsFromMarks == 0)
    // A new mark clears what could be redone.
    try reopened.mark(
      code: "DE", action: .ratification(Fixtures.date("2026-03-01")), clock: Fixtures.clock)
    #expect(throws: StoreError.rejected(.nothingToRedo)) {
      try reopened.redo(clock: Fixtures.clock)
    }
    #expect(reopened.store.journal.allMarks.count == 3)
  }

  @Test("rule checks: dates, signatories, deposits, signature period, denunciation")
  func ruleChecks() throws {
    let locations = try Fixtures.locations()
    var workspace = try Workspace.open(locations: locations, dataset: dataset)
    let clock = Fixtures.clock
    #expect(
      throws: StoreError.rejected(
        .inTheFuture(date: Fixtures.date("2026-12-01"), today: Fixtures.date("2026-11-25")))
    ) {
      try workspace.mark(
        code: "FR", action: .ratification(Fixtures.date("2026-12-01")), clock: clock)
    }
    #expect(
      throws: StoreError.rejected(
        .beforeAdoption(date: Fixtures.date("2011-01-01"), adopted: Fixtures.date("2012-06-24")))
    ) {
      try workspace.mark(
        code: "FR", action: .ratification(Fixtures.date("2011-01-01")), clock: clock)
    }
    #expect(
      throws: StoreError.rejected(
        .alreadyDeposited(
          name: "Kenya", instrument: .ratification, date: Fixtures.date("2019-11-15")))
    ) {
      try workspace.mark(
        code: "KE", action: .ratification(Fixtures.date("2026-01-01")), clock: clock)
    }
    #expect(
      throws: StoreError.rejected(
        .outsideSignaturePeriod(
          date: Fixtures.date("2020-01-01"), start: Fixtures.date("2012-06-24"),
          end: Fixtures.date("2013-06-24")))
    ) {
      try workspace.mark(code: "CA", action: .signature(Fixtures.date("2020-01-01")), clock: clock)
    }
    #expect(throws: StoreError.rejected(.notAParty(name: "France"))) {
      try workspace.mark(
        code: "FR", action: .denunciation(Fixtures.date("2026-01-01")), clock: clock)
    }
    #expect(throws: StoreError.rejected(.unknownParty("XX"))) {
      try workspace.mark(code: "XX", action: .accession(Fixtures.date("2026-01-01")), clock: clock)
    }
    try workspace.mark(code: "JP", action: .denunciation(Fixtures.date("2026-01-10")), clock: clock)
    let japan = try #require(workspace.ledger.participant(code: "JP"))
    let threshold = workspace.rules.thresholdDeposit(of: workspace.ledger.participants)
    #expect(
      workspace.rules.status(
        of: japan, on: Fixtures.date("2026-11-25"), thresholdDeposit: threshold)
        == .withdrawing(effectiveOn: Fixtures.date("2027-01-10")))
    #expect(FileManager.default.fileExists(atPath: journalPath(locations)))
    #expect(workspace.store.journal.allMarks.count == 1)
  }

  @Test("a crash that left a temporary file loses nothing")
  func leftOverTemporaryFile() throws {
    let locations = try Fixtures.locations()
    var workspace = try Workspace.open(locations: locations, dataset: dataset)
    try workspace.mark(
      code: "FR", action: .ratification(Fixtures.date("2026-01-05")), clock: Fixtures.clock)
    try workspace.setRead("wipo-2020-01-28-indonesia", read: true, clock: Fixtures.clock)
    // A crash mid-save of the read state leaves a half-written temporary file behind.
    try Fixtures.write(
      "# news items read in btap\nid\tread_at\nfia-20",
      to: locations.userData + "/news-read.tsv.tmp-99999")
    try Fixtures.write("garbage", to: journalPath(locations) + ".tmp-99999")
    let reopened = try Workspace.open(locations: locations, dataset: dataset)
    #expect(reopened.ledger.participant(code: "FR")?.depositDate == Fixtures.date("2026-01-05"))
    #expect(reopened.readState.isRead("wipo-2020-01-28-indonesia"))
    #expect(!reopened.readState.isRead("fia-2020-04-28-historic-day"))
  }

  @Test("a truncated journal line from a crash mid-append loses no earlier mark")
  func truncatedJournalLine() throws {
    let locations = try Fixtures.locations()
    var workspace = try Workspace.open(locations: locations, dataset: dataset)
    try workspace.mark(
      code: "FR", action: .ratification(Fixtures.date("2026-01-05")), clock: Fixtures.clock)
    try workspace.mark(
      code: "DE", action: .ratification(Fixtures.date("2026-01-06")), clock: Fixtures.clock)
    let path = journalPath(locations)
    let complete = Fixtures.bytes(path)
    let partial = Array("3\t2026-11-25T10:00:00Z\tmark\t\tIT\tratifi".utf8)
    try Fixtures.write(bytes: complete + partial, to: path)

    var reopened = try Workspace.open(locations: locations, dataset: dataset)
    #expect(reopened.store.incompleteLastLine == 5)
    #expect(reopened.store.journal.activeMarks.map(\.partyCode) == ["FR", "DE"])
    #expect(reopened.ledger.participant(code: "IT")?.depositDate == nil)
    // The next save sets the cut-off bytes aside and continues after the last whole line.
    try reopened.mark(
      code: "IT", action: .ratification(Fixtures.date("2026-01-07")), clock: Fixtures.clock)
    let again = try Workspace.open(locations: locations, dataset: dataset)
    #expect(again.store.incompleteLastLine == nil)
    #expect(again.store.journal.activeMarks.map(\.partyCode) == ["FR", "DE", "IT"])
    let kept = try FileManager.default.contentsOfDirectory(atPath: locations.userData)
      .filter { $0.hasPrefix(MarkStore.fileName + ".partial-") }
    #expect(kept.count == 1)
    #expect(Fixtures.bytes(locations.userData + "/" + kept[0]) == partial)
  }

  @Test("two interrupted saves set aside in the same second are both kept")
  func twoPartialLinesInOneSecond() throws {
    let locations = try Fixtures.locations()
    var workspace = try Workspace.open(locations: locations, dataset: dataset)
    try workspace.mark(
      code: "FR", action: .ratification(Fixtures.date("2026-01-05")), clock: Fixtures.clock)
    let path = journalPath(locations)
    let fragments = [
      Array("2\t2026-11-25T10:00:00Z\tmark\t\tIT\tratifi".utf8),
      Array("3\t2026-11-25T10:00:00Z\tmark\t\tES\tacc".utf8),
    ]
    let codes = ["DE", "IT"]
    for (fragment, code) in zip(fragments, codes) {
      try Fixtures.write(bytes: Fixtures.bytes(path) + fragment, to: path)
      var reopened = try Workspace.open(locations: locations, dataset: dataset)
      // The fixed clock makes both saves happen in the same second.
      try reopened.mark(
        code: code, action: .ratification(Fixtures.date("2026-01-07")), clock: Fixtures.clock)
    }
    let kept = try FileManager.default.contentsOfDirectory(atPath: locations.userData)
      .filter { $0.hasPrefix(MarkStore.fileName + ".partial-") }.sorted()
    #expect(kept.count == 2)
    #expect(Set(kept.map { Fixtures.bytes(locations.userData + "/" + $0) }) == Set(fragments))
    let again = try Workspace.open(locations: locations, dataset: dataset)
    #expect(again.store.journal.activeMarks.map(\.partyCode) == ["FR", "DE", "IT"])
  }

  @Test("newer shipped data keeps the user's marks")
  func newerShippedData() throws {
    let locations = try Fixtures.locations()
    var workspace = try Workspace.open(locations: locations, dataset: dataset)
    try workspace.mark(
      code: "FR", action: .ratification(Fixtures.date("2026-01-05")), clock: Fixtures.clock)
    try workspace.mark(
      code: "CA", action: .accession(Fixtures.date("2026-02-05")), clock: Fixtures.clock)
    try workspace.mark(
      code: "DE", action: .ratification(Fixtures.date("2026-03-05")), clock: Fixtures.clock)
    let before = Fixtures.bytes(journalPath(locations))

    // A later release records France's ratification (same date) and Germany's (another date).
    var newer = dataset
    newer.facts.dataAsOf = Fixtures.date("2026-06-01")
    for index in newer.participants.indices {
      switch newer.participants[index].code {
      case "FR":
        newer.participants[index].instrument = .ratification
        newer.participants[index].depositDate = Fixtures.date("2026-01-05")
      case "DE":
        newer.participants[index].instrument = .ratification
        newer.participants[index].depositDate = Fixtures.date("2026-03-01")
      default: break
      }
    }
    let reopened = try Workspace.open(locations: locations, dataset: newer)
    let outcomes = reopened.ledger.outcomes
    #expect(outcomes[1] == .confirmedByShippedData)
    #expect(outcomes[2] == .applied)
    #expect(
      outcomes[3] == .superseded(reason: "Germany already deposited its ratification on 2026-03-01")
    )
    #expect(reopened.ledger.participant(code: "CA")?.instrument == .accession)
    #expect(reopened.store.journal.allMarks.count == 3)
    #expect(Fixtures.bytes(journalPath(locations)) == before)
  }

  @Test("a second running copy's save is detected and merged, never overwritten")
  func secondWriter() throws {
    let locations = try Fixtures.locations()
    var first = try Workspace.open(locations: locations, dataset: dataset)
    var second = try Workspace.open(locations: locations, dataset: dataset)
    try first.mark(
      code: "FR", action: .ratification(Fixtures.date("2026-01-05")), clock: Fixtures.clock)
    // The second copy has not seen France's mark; saving detects it and keeps both.
    let result = try second.mark(
      code: "CA", action: .accession(Fixtures.date("2026-02-05")), clock: Fixtures.clock)
    #expect(result.externalEntries == 1)
    #expect(result.entry.sequence == 2)
    #expect(second.ledger.participant(code: "FR")?.depositDate == Fixtures.date("2026-01-05"))
    // A conflicting mark from a stale copy is refused, with the other copy's fact as reason.
    #expect(
      throws: StoreError.rejected(
        .alreadyDeposited(name: "Canada", instrument: .accession, date: Fixtures.date("2026-02-05"))
      )
    ) {
      try first.mark(
        code: "CA", action: .accession(Fixtures.date("2026-02-06")), clock: Fixtures.clock)
    }
    #expect(try first.refresh() == 0)
    #expect(first.ledger.participant(code: "CA")?.instrument == .accession)
    let reopened = try Workspace.open(locations: locations, dataset: dataset)
    #expect(reopened.store.journal.activeMarks.map(\.partyCode) == ["FR", "CA"])
  }

  @Test("news read state is saved at once and reloads")
  func newsReadState() throws {
    let locations = try Fixtures.locations()
    var workspace = try Workspace.open(locations: locations, dataset: dataset)
    try workspace.setRead("fia-2014-09-17-manual", read: true, clock: Fixtures.clock)
    #expect(
      try Workspace.open(locations: locations, dataset: dataset).readState.isRead(
        "fia-2014-09-17-manual"))
    try workspace.setRead("fia-2014-09-17-manual", read: false, clock: Fixtures.clock)
    #expect(
      !(try Workspace.open(locations: locations, dataset: dataset).readState.isRead(
        "fia-2014-09-17-manual")))
  }

  @Test("finding parties by name ignores case and accents")
  func findByName() throws {
    let ledger = Ledger(dataset: dataset, marks: [])
    #expect(ledger.find("cote d'ivoire")?.code == "CI")
    #expect(ledger.find("COTE D’IVOIRE")?.code == "CI")
    #expect(ledger.find("ke")?.code == "KE")
    #expect(ledger.find("Kenya")?.code == "KE")
    #expect(ledger.find("Korea") == nil)
    #expect(ledger.find("republic of korea")?.code == "KR")
    #expect(ledger.find("Türkiye")?.code == "TR")
    #expect(ledger.find("turkiye")?.code == "TR")
  }
}
