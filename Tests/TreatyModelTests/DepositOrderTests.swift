import Testing
import TreatyModel

/// Deposit order is date, then code: the fast path (one number per deposit) and the plain
/// comparison give the same order, ties and longer codes included.
@Suite struct DepositOrderTests {
  @Test func sameDayDepositsGoByCodeAndLongCodesFallBack() throws {
    let rules = TreatyRules(facts: try Fixtures.dataset().facts)
    let day = try #require(CalendarDate("2020-01-28"))
    let earlier = try #require(CalendarDate("2019-05-02"))
    func party(_ code: String, _ date: CalendarDate) -> Participant {
      Participant(
        code: code, name: code, region: .europe, instrument: .accession, depositDate: date)
    }
    let codes = ["QB", "Q0A", "QA", "QAAA", "Q9", "ID", "QAA"]
    let short = codes.map { party($0, day) } + [party("ZZ", earlier)]
    #expect(rules.deposits(of: short).map(\.code) == ["ZZ"] + codes.sorted())
    // A code of five bytes is not packed: the plain comparison orders them the same way.
    let long = short + [party("QAAAA", day)]
    #expect(rules.deposits(of: long).map(\.code) == ["ZZ"] + (codes + ["QAAAA"]).sorted())
    #expect(rules.deposits(of: long).map(\.order) == Array(1...long.count))
  }
}
