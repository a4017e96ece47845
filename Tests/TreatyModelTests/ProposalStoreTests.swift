import Foundation
import Testing
import TreatyModel

@Suite("Proposals: saved strictly, compared with what btap knows, recorded as marks")
struct ProposalStoreTests {
  let dataset: TreatyDataset
  init() throws { dataset = try Fixtures.dataset() }

  private func recogniser(_ workspace: Workspace) throws -> NotificationRecogniser {
    workspace.recogniser
  }

  @Test("import, accept with declarations, reload: declarations come from the marks")
  func acceptWithDeclarations() throws {
    let locations = try Fixtures.locations()
    var workspace = try Workspace.open(locations: locations, dataset: dataset)
    let reading = try recogniser(workspace).read(
      NotificationSamples.articleThreeDeclaration,
      source: ProposalSource(kind: .file, reference: "md.txt"))
    let event = try #require(reading.proposal)
    // Moldova's deposit is in the shipped data on another date: a conflict.
    #expect(
      ProposalReview.status(of: event, ledger: workspace.ledger, dismissed: [])
        == .conflict(known: "ratification on 2015-09-04"))
    #expect(throws: StoreError.self) { try workspace.accept(event, clock: Fixtures.clock) }

    var france = try #require(
      try recogniser(workspace).read(
        NotificationSamples.ratification, source: ProposalSource(kind: .file, reference: "fr.txt")
      ).proposal)
    france.declarations = event.declarations
    #expect(try workspace.importProposals([france]).added.count == 1)
    #expect(try workspace.importProposals([france]).added.isEmpty)
    let results = try workspace.accept(france, clock: Fixtures.clock)
    #expect(results.count == 2)
    let reopened = try Workspace.open(locations: locations, dataset: dataset)
    #expect(reopened.savedProposals.events == [france])
    let declared = reopened.ledger.declarations.filter { $0.partyCode == "FR" }
    #expect(declared.map(\.paragraphs) == [["11(3)", "11(1)", "11(2)"]])
    #expect(declared.first?.source == "Beijing Notification No. 51")
    #expect(
      ProposalReview.status(of: france, ledger: reopened.ledger, dismissed: [])
        == .confirmed(by: "your marks"))
  }

  @Test("a dismissal is a mark: remembered, and undone like one")
  func dismissAndUndo() throws {
    let locations = try Fixtures.locations()
    var workspace = try Workspace.open(locations: locations, dataset: dataset)
    let event = try #require(
      try recogniser(workspace).read(
        NotificationSamples.ratification, source: ProposalSource(kind: .file, reference: "fr.txt")
      ).proposal)
    try workspace.importProposals([event])
    try workspace.dismiss(event, clock: Fixtures.clock)
    let reopened = try Workspace.open(locations: locations, dataset: dataset)
    let reviewed = reopened.reviewedProposals(using: try recogniser(reopened))
    #expect(reviewed.first { $0.id == "51" }?.status == .dismissed)
    #expect(reopened.ledger.factsFromMarks == 0)
    try workspace.undo(clock: Fixtures.clock)
    #expect(workspace.dismissedProposals.isEmpty)
  }

  @Test("malformed proposal files are refused with file and line")
  func malformed() {
    let codes = dataset.participantIndex
    let header = SavedProposals.header.joined(separator: "\t") + "\n"
    let cases: [(String, String)] = [
      ("51\tevent\tZZ\tratification\t2026-03-03\tyes\t51\tcertain\tfile:x\t\t\ttext\n", "p.tsv:2"),
      ("51\tevent\tFR\tmerger\t2026-03-03\tyes\t51\tcertain\tfile:x\t\t\ttext\n", "p.tsv:2"),
      ("51\tdeclaration\t\t\t\t\t\t\t\t\t11(3)\ttext\n", "p.tsv:2"),
      (
        "51\tevent\tFR\tratification\t2026-03-03\tyes\t51\tcertain\tfile:x\t\t\ttext\n"
          + "51\tdeclaration\t\t\t\t\t\t\t\t\tArticle11\ttext\n", "p.tsv:3"
      ),
      ("51\tevent\tFR\tratification\t2026-02-30\tyes\t51\tcertain\tfile:x\t\t\ttext\n", "p.tsv:2"),
    ]
    for (rows, location) in cases {
      #expect {
        try SavedProposals.parse(Array((header + rows).utf8), file: "p.tsv", knownCodes: codes)
      } throws: { error in
        (error as? DataError)?.description.hasPrefix(location + ":") == true
      }
    }
  }

  @Test("declaration and dismissal marks survive the journal's round trip")
  func journalRoundTrip() throws {
    let locations = try Fixtures.locations()
    var workspace = try Workspace.open(locations: locations, dataset: dataset)
    try workspace.mark(
      code: "JP",
      action: .declaration(
        .territorial, paragraphs: [], summary: "Territorial declaration.",
        Fixtures.date("2014-06-10")),
      note: "test", clock: Fixtures.clock)
    try workspace.mark(code: "FR", action: .dismissal("51"), clock: Fixtures.clock)
    let reopened = try Workspace.open(locations: locations, dataset: dataset)
    #expect(
      reopened.store.journal.activeMarks.map(\.action)
        == workspace.store.journal.activeMarks.map(\.action))
    #expect(reopened.dismissedProposals == ["51"])
    let text = String(
      decoding: Fixtures.bytes(locations.userData + "/" + MarkStore.fileName), as: UTF8.self)
    #expect(
      text.contains("\tdeclaration\t2014-06-10\tterritorial:\tTerritorial declaration.\ttest\n"))
  }
}

/// The dashboard's reviews keep what they read between saves; each must still equal a review
/// made from scratch.
@Suite struct KeptReviewTests {
  private func fresh(_ workspace: Workspace) -> [ReviewedProposal] {
    workspace.reviewedProposals(
      using: NotificationRecogniser(ledger: workspace.ledger, formalNames: workspace.formalNames))
  }

  @Test("after a mark, a signature and a renaming, the kept review equals a fresh one")
  func keptEqualsFresh() throws {
    var workspace = try Workspace.open(locations: try Fixtures.locations())
    let first = workspace.reviewedProposals()
    #expect(first == fresh(workspace))
    let news = try #require(first.first { $0.event.source.kind == .news })
    let code = news.event.partyCode

    // A renaming: the news no longer names a state btap knows by that name.
    try workspace.mark(
      code: code, action: .correction(.name, "Renamed State"), clock: Fixtures.clock)
    let renamed = workspace.reviewedProposals()
    #expect(renamed == fresh(workspace))
    #expect(!renamed.contains { $0.event.id == news.event.id })
    try workspace.undo(clock: Fixtures.clock)
    #expect(workspace.reviewedProposals() == first)

    // A signature changes who signed, which the reading of "joins" depends on.
    let unsigned = try #require(
      workspace.ledger.participants.first { !$0.hasSigned && !$0.hasDeposited && !$0.isListed })
    try workspace.mark(
      code: unsigned.code, action: .signature(Fixtures.date("2012-06-26")), clock: Fixtures.clock)
    #expect(workspace.reviewedProposals() == fresh(workspace))
  }
}
