import Dashboard
import Testing
import TreatyModel

/// The parties list orders names by their bytes where that is `String`'s order (ASCII), and
/// as strings otherwise: either way, exactly as sorting the names as strings would.
@Suite struct PartyNameOrderTests {
  /// Names that share long prefixes, differ only past 24 bytes, end where another goes on,
  /// and mix ASCII with accented and decomposed letters.
  static let names = [
    "Synthetic State 10", "Synthetic State 1", "Synthetic State 100", "Synthetic State 2",
    "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines",
    "A name that is longer than twenty-four bytes, b",
    "A name that is longer than twenty-four bytes, a",
    "A name that is longer than twenty-four bytes", "A name that is longer than twenty-four byte",
    "Côte d'Ivoire", "Cote d'Ivoire", "Co\u{0302}te d'Ivoire", "Cuba", "Czechia", "Türkiye",
    "Turkmenistan", "Zimbabwe", "ABCDEFGHIJKLMNOPQRSTUVWXY", "ABCDEFGHIJKLMNOPQRSTUVWX",
    "ABCDEFGHIJKLMNOPQRSTUVW", "Åland", "Aland", "a lowercase name", "Chad", "Chade", "Cha",
  ]

  @Test("by name or by region, names fall in the order strings sort in")
  func nameOrder() throws {
    let participants = PartyNameOrderTests.names.enumerated().map { index, name in
      Participant(
        code: "Q" + String(UnicodeScalar(UInt8(65 + index / 26)))
          + String(UnicodeScalar(UInt8(65 + index % 26))),
        name: name, region: .europe, signatureDate: CalendarDate("2013-01-18"))
    }
    let facts = try TreatyDataset.loadFacts(from: DashboardFixtures.resources)
    let snapshot = TreatySnapshot(
      participants: participants, rules: TreatyRules(facts: facts), on: facts.dataAsOf)
    for sort in [PartySort.name, .region] {
      let rows = PartyTable.rows(
        PartyTable.Inputs(
          snapshot: snapshot, markedCodes: [], newCodes: [], filter: "", sort: sort,
          showsEveryState: false))
      let listed = rows.compactMap { $0.entry?.participant.name }
      #expect(listed == PartyNameOrderTests.names.sorted(), "by \(sort)")
    }
  }
}
