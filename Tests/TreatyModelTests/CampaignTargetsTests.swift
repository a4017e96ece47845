import Foundation
import Testing
import TreatyModel

/// The sister treaties' membership as shipped, and the target groups computed from it.
@Suite("Campaign targets")
struct CampaignTargetsTests {
  let dataset: TreatyDataset
  let related: RelatedTreaties

  init() throws {
    dataset = try Fixtures.dataset()
    related = try RelatedTreaties.load(
      from: Fixtures.resources, participants: dataset.participants)
  }

  @Test("every row of related-treaties.tsv names a state btap knows, under btap's name")
  func shippedFileMatchesTheCodes() throws {
    #expect(related.memberships.count == 481)
    var counts: [RelatedTreaty: Int] = [:]
    for membership in related.memberships { counts[membership.treaty, default: 0] += 1 }
    #expect(counts == [.marrakesh: 134, .wct: 125, .wppt: 121, .rome: 101])
    let names = Dictionary(
      dataset.participants.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
    let text = String(
      decoding: Fixtures.bytes(Fixtures.resources + "/" + RelatedTreaties.fileName), as: UTF8.self)
    for line in text.split(separator: "\n").dropFirst(2) {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      #expect(names[fields[2]] == fields[1], "\(fields[1]) is not btap's name for \(fields[2])")
    }
  }

  @Test("on the data's date: 51 signatories, 74 WPPT parties and 71 Rome parties not in BTAP")
  func groupsOnTheDataDate() throws {
    let snapshot = TreatySnapshot(
      participants: dataset.participants, rules: TreatyRules(facts: dataset.facts),
      on: dataset.facts.dataAsOf)
    let targets = CampaignTargets(snapshot: snapshot, related: related)
    #expect(targets.count(of: .signatories) == 51)
    #expect(targets.count(of: .wpptNotBTAP) == 74)
    #expect(targets.count(of: .romeNotBTAP) == 71)
    #expect(targets.count(of: .otherMembers) == 43)
    for target in targets.members(of: .wpptNotBTAP) {
      #expect(!target.standing.status.isParty)
      #expect(related.membership(of: target.code, in: .wppt)?.instrumentDate != nil)
    }
    // China is a WPPT party and a BTAP party: not a target at all.
    #expect(related.treaties(partyTo: "CN", on: dataset.facts.dataAsOf).contains(.wppt))
    #expect(targets.target(code: "CN") == nil)
    let austria = try #require(targets.target(code: "AT"))
    #expect(austria.groups == [.signatories, .wpptNotBTAP, .romeNotBTAP])
    #expect(austria.primaryGroup == .signatories)
    #expect(austria.relatedSummary == "WPPT, WCT, Rome")
  }

  @Test("membership follows the date: before the WPPT was adopted, nobody was a party to it")
  func membershipOnAnEarlierDate() throws {
    let date = try #require(CalendarDate("1996-06-01"))
    let snapshot = TreatySnapshot(
      participants: dataset.participants, rules: TreatyRules(facts: dataset.facts), on: date)
    let targets = CampaignTargets(snapshot: snapshot, related: related)
    #expect(targets.count(of: .wpptNotBTAP) == 0)
    #expect(targets.count(of: .signatories) == 0)
    #expect(targets.count(of: .romeNotBTAP) > 0)
  }

  @Test(
    "a malformed row is refused with file:line and the problem",
    arguments: [
      ("WPPT\tAustria\tAT\t\tRatification\t2009-12-14\t2009-12-14", "'AT' is in neither"),
      ("WPPT\tAustria\tFR\t\tRatification\t2009-12-14\t2009-12-14", "btap's name for FR"),
      ("WPPX\tAustria\tAT\t\tRatification\t2009-12-14\t2009-12-14", "unknown treaty 'WPPX'"),
      ("WPPT\tAustria\tAT\t\tRatification\t2009-02-30\t2009-12-14", "bad date '2009-02-30'"),
      ("WPPT\tAustria\tAT\t\tRatified\t2009-12-14\t2009-12-14", "unknown instrument"),
      ("WPPT\tAustria\tAT\t\t\t2009-12-14\t2009-12-14", "the instrument field is empty"),
      ("WPPT\tAustria\tAT\t\t\t\t", "neither signed nor joined"),
    ])
  func malformedRows(line: String, problem: String) throws {
    let header = "treaty\tparty\tiso2\tsignature_date\tinstrument\tinstrument_date\tin_force_date"
    let austria = Participant(code: "AT", name: "Austria", region: .europe)
    let participants = problem.hasPrefix("'AT'") ? [] : [austria] + dataset.participants
    let directory = try Fixtures.temporaryDirectory()
    try Fixtures.write(
      "# test\n\(header)\n\(line)\n", to: directory + "/" + RelatedTreaties.fileName)
    var message = "no error"
    do {
      _ = try RelatedTreaties.load(from: directory, participants: participants)
    } catch {
      message = error.description
    }
    #expect(message.hasPrefix(directory + "/related-treaties.tsv:3: "), "\(message)")
    #expect(message.contains(problem), "\(message)")
  }

  @Test("a state listed twice for one treaty is refused with both lines")
  func duplicateRow() throws {
    let directory = try Fixtures.copyOfResources()
    let path = directory + "/" + RelatedTreaties.fileName
    var text = String(decoding: Fixtures.bytes(path), as: UTF8.self)
    text += "WPPT\tAustria\tAT\t\tRatification\t2009-12-14\t2009-12-14\n"
    try Fixtures.write(text, to: path)
    var message = "no error"
    do {
      _ = try RelatedTreaties.load(from: directory, participants: dataset.participants)
    } catch {
      message = error.description
    }
    #expect(message.hasSuffix("related-treaties.tsv:484: duplicate iso2 'AT' (first on line 369)"))
  }
}
