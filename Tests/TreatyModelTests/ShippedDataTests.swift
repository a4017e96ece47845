import Testing
import TreatyModel

@Suite("The shipped data")
struct ShippedDataTests {
  let dataset: TreatyDataset
  let rules: TreatyRules
  let listed: [Participant]

  init() throws {
    dataset = try Fixtures.dataset()
    rules = TreatyRules(facts: dataset.facts)
    listed = dataset.participants.filter(\.isListed)
  }

  @Test("99 signatories and parties: 48 parties, 74 signatories, 23 + 25 instruments")
  func headlineCounts() {
    #expect(listed.count == 99)
    #expect(listed.filter(\.hasDeposited).count == 48)
    #expect(listed.filter(\.hasSigned).count == 74)
    #expect(listed.filter { $0.instrument == .ratification }.count == 23)
    #expect(listed.filter { $0.instrument == .accession }.count == 25)
    #expect(listed.filter { $0.hasSigned && !$0.hasDeposited }.count == 51)
    #expect(listed.filter { $0.signatureDate == dataset.facts.signingCeremony }.count == 48)
    #expect(Set(listed.map(\.code)).count == 99)
  }

  @Test("parties by region match the fact base")
  func regions() {
    var counts: [Region: Int] = [:]
    for party in listed where party.hasDeposited { counts[party.region, default: 0] += 1 }
    #expect(counts[.africa] == 15)
    #expect(counts[.asiaPacific] == 12)
    #expect(counts[.latinAmericaAndCaribbean] == 12)
    #expect(counts[.europe] == 6)
    #expect(counts[.middleEast] == 3)
    #expect(counts[.northAmerica, default: 0] == 0)
  }

  @Test("the 30th deposit is Indonesia's on 2020-01-28; entry into force on 2020-04-28")
  func threshold() throws {
    #expect(dataset.facts.thresholdParties == 30)
    let deposit = try #require(rules.thresholdDeposit(of: dataset.participants))
    #expect(deposit.code == "ID")
    #expect(deposit.order == 30)
    #expect(deposit.date.description == "2020-01-28")
    #expect(rules.entryIntoForce(thresholdDeposit: deposit)?.description == "2020-04-28")
  }

  @Test("every party's in-force date, recomputed from deposit dates alone, equals the shipped one")
  func inForceDatesRecomputed() throws {
    let threshold = rules.thresholdDeposit(of: dataset.participants)
    var checked = 0
    for party in listed {
      guard let deposit = party.depositDate else { continue }
      let computed = rules.inForceDate(
        depositDate: deposit, code: party.code, thresholdDeposit: threshold)
      #expect(computed == party.recordedInForceDate, "\(party.name)")
      checked += 1
    }
    #expect(checked == 48)
  }

  @Test("deposit order: Syria first, Botswana second, China fifth, Switzerland 31st, St Kitts 48th")
  func depositOrder() {
    let order = Dictionary(
      uniqueKeysWithValues: rules.deposits(of: dataset.participants).map { ($0.code, $0.order) })
    #expect(order["SY"] == 1)
    #expect(order["BW"] == 2)
    #expect(order["CN"] == 5)
    #expect(order["CH"] == 31)
    #expect(order["KR"] == 32)
    #expect(order["MX"] == 47)
    #expect(order["KN"] == 48)
  }

  @Test("later parties are bound three months after their own deposit")
  func laterParties() {
    let threshold = rules.thresholdDeposit(of: dataset.participants)
    func bound(_ code: String) -> String? {
      guard let party = dataset.participants.first(where: { $0.code == code }),
        let deposit = party.depositDate
      else { return nil }
      return rules.inForceDate(depositDate: deposit, code: code, thresholdDeposit: threshold)?
        .description
    }
    #expect(bound("CH") == "2020-05-11")
    #expect(bound("KR") == "2020-07-22")
    #expect(bound("KN") == "2024-10-08")
    #expect(bound("SY") == "2020-04-28")
  }

  @Test("progress as of the data's date and as of 2019-12-31")
  func progress() {
    let now = rules.progress(of: dataset.participants, on: dataset.facts.dataAsOf)
    #expect(now.parties == 48)
    #expect(now.partiesInForce == 48)
    #expect(now.beyondThreshold == 18)
    #expect(now.isInForce)
    let before = rules.progress(of: dataset.participants, on: Fixtures.date("2019-12-31"))
    #expect(before.parties == 29)
    #expect(before.stillNeeded == 1)
    #expect(before.entryIntoForce == nil)
    #expect(!before.isInForce)
    let between = rules.progress(of: dataset.participants, on: Fixtures.date("2020-03-01"))
    #expect(between.parties == 31)
    #expect(between.partiesInForce == 0)
    #expect(between.entryIntoForce?.description == "2020-04-28")
  }

  @Test("a denunciation takes effect one year after the notice")
  func denunciation() {
    #expect(
      rules.denunciationEffectiveDate(noticeReceived: Fixtures.date("2024-02-29")).description
        == "2025-02-28")
    var participants = dataset.participants
    let index = participants.firstIndex { $0.code == "JP" } ?? 0
    participants[index].denunciationDate = Fixtures.date("2025-03-01")
    let threshold = rules.thresholdDeposit(of: participants)
    #expect(
      rules.status(
        of: participants[index], on: Fixtures.date("2025-06-01"), thresholdDeposit: threshold)
        == .withdrawing(effectiveOn: Fixtures.date("2026-03-01")))
    #expect(
      rules.status(
        of: participants[index], on: Fixtures.date("2026-03-01"), thresholdDeposit: threshold)
        == .withdrawn)
    #expect(rules.progress(of: participants, on: Fixtures.date("2026-03-01")).parties == 47)
  }

  @Test("treaty facts, articles, declarations, news and eligible states")
  func content() throws {
    #expect(dataset.facts.adopted.description == "2012-06-24")
    #expect(dataset.facts.signingCeremony.description == "2012-06-26")
    #expect(dataset.facts.dataAsOf.description == "2025-10-01")
    #expect(dataset.articles.count == 30)
    #expect(dataset.articles.filter(\.isSubstantive).map(\.number) == Array(1...20))
    #expect(dataset.articles[4].articleClass == .moralRight)
    #expect(dataset.articles[5].articleClass == .liveRight)
    #expect(dataset.overview.map(\.identifier) == ["what", "why", "how"])
    let china = dataset.declarations.filter { $0.partyCode == "CN" }
    #expect(china.map(\.kind) == [.limitsRight, .territorial])
    #expect(china[0].paragraphs == ["11(1)", "11(2)"])
    let article11 = Set(
      dataset.declarations.filter { $0.articles.contains(11) }.map(\.partyCode))
    #expect(article11 == ["SK", "JP", "CN", "WS", "CH", "LI"])
    #expect(dataset.news.first?.date.description == "2020-04-28")
    #expect(dataset.news.count >= 8)
    let canada = try #require(dataset.participants.first { $0.code == "CA" })
    #expect(!canada.isListed)
    #expect(canada.region == .northAmerica)
    #expect(dataset.participants.first { $0.code == "EU" }?.hasSigned == true)
    #expect(dataset.participantIndex.count == dataset.participants.count)
  }
}
