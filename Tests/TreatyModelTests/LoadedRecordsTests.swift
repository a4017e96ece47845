import Foundation
import Testing
import TreatyModel

/// Records loaded from the shipped files keep their rows and make their texts when read; they
/// must read, compare and change exactly as records made from strings do.
@Suite struct LoadedRecordsTests {
  @Test("a loaded participant equals one made from the same facts, texts read from its row")
  func participantTexts() throws {
    let dataset = try Fixtures.dataset()
    let loaded = try #require(dataset.participants.first { $0.code == "DZ" })
    var made = Participant(
      code: "DZ", name: "Algeria", region: .africa, signatureDate: nil,
      instrument: loaded.instrument, depositDate: loaded.depositDate,
      recordedInForceDate: loaded.recordedInForceDate, note: loaded.note,
      sources: loaded.sources)
    #expect(loaded.name == "Algeria")
    #expect(loaded.sources.count == 2)
    #expect(loaded.sourceList == loaded.sources.joined(separator: " | "))
    #expect(made == loaded)
    #expect(made.hashValue == loaded.hashValue)
    made.name = "Algérie"
    #expect(made != loaded)
    var renamed = loaded
    renamed.name = "Algérie"
    #expect(renamed == made)
    #expect(renamed.withNameUTF8 { Array($0) } == Array("Algérie".utf8))
    #expect(loaded.withNameUTF8 { Array($0) } == Array("Algeria".utf8))
  }

  @Test(
    "sources written in any spacing read as the same list",
    arguments: [
      ("a | b", ["a", "b"]), ("a|b", ["a", "b"]), (" a |  | b ", ["a", "b"]), ("a", ["a"]),
      ("a || b", ["a", "b"]), ("a |b", ["a", "b"]),
    ])
  func sourcesInAnySpacing(field: String, items: [String]) throws {
    let resources = try Fixtures.copyOfResources()
    let path = resources + "/parties.tsv"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var lines = text.components(separatedBy: "\n")
    let index = try #require(lines.firstIndex { $0.hasPrefix("Algeria\t") })
    var fields = lines[index].components(separatedBy: "\t")
    fields[8] = field
    lines[index] = fields.joined(separator: "\t")
    try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    let participant = try #require(
      try TreatyDataset.load(from: resources).participants.first { $0.code == "DZ" })
    #expect(participant.sources == items)
    #expect(participant.sourceList == items.joined(separator: " | "))
  }

  @Test("a loaded news item equals one made from the same texts, and changes like one")
  func newsTexts() throws {
    let dataset = try Fixtures.dataset()
    let loaded = try #require(dataset.news.first)
    var made = NewsItem(
      id: loaded.id, date: loaded.date, precision: loaded.precision, title: loaded.title,
      summary: loaded.summary, link: loaded.link, origin: loaded.origin)
    #expect(!loaded.title.isEmpty && !loaded.summary.isEmpty)
    #expect(made == loaded)
    #expect(Set([made, loaded]).count == 1)
    made.summary = "Another summary."
    #expect(made != loaded)
    var changed = loaded
    changed.summary = "Another summary."
    #expect(changed == made)
    #expect(changed.title == loaded.title)
  }

  @Test("news of one day are ordered by identifier, days newest first")
  func newsOrder() throws {
    let day = try #require(CalendarDate("2020-01-28"))
    let later = try #require(CalendarDate("2021-03-01"))
    func item(_ id: String, _ date: CalendarDate) -> NewsItem {
      NewsItem(
        id: id, date: date, precision: .day, title: id, summary: "", link: "", origin: "")
    }
    let sorted = TreatyDataset.sortedNewestFirst([
      item("b", day), item("c", later), item("a", day), item("ab", day), item("0", later),
    ])
    #expect(sorted.map(\.id) == ["0", "c", "a", "ab", "b"])
  }
}

/// The index of codes that the ledger, snapshots and the user's files share.
@Suite struct ParticipantIndexTests {
  @Test("positions by code, the first of a code listed twice kept, odd codes too")
  func positions() {
    let codes = ["FR", "DE", "EU", "FR", "QAAA", "toolong", "É", ""]
    let index = ParticipantIndex(codes: codes)
    #expect(index.position(of: "FR") == 0)
    #expect(index.position(of: "DE") == 1)
    #expect(index.position(of: "EU") == 2)
    #expect(index.position(of: "QAAA") == 4)
    #expect(index.position(of: "toolong") == 5)
    #expect(index.position(of: "É") == 6)
    #expect(index.position(of: "") == 7)
    #expect(index.position(of: "IT") == nil)
    #expect(!index.contains("QAAB"))
    #expect(index.count == 7)
  }

  @Test("ten thousand codes, more than the table first held, each at its position")
  func manyCodes() {
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    let codes = (0..<10_000).map { number in
      "Q" + String([letters[number / 676 % 26], letters[number / 26 % 26], letters[number % 26]])
    }
    let index = ParticipantIndex(codes: codes)
    #expect(index.count == codes.count)
    #expect(codes.indices.allSatisfy { index.position(of: codes[$0]) == $0 })
    #expect(index == ParticipantIndex(codes: codes))
  }

  @Test("the shipped dataset's index finds every participant where it is")
  func shipped() throws {
    let dataset = try Fixtures.dataset()
    let index = dataset.participantIndex
    #expect(index.count == dataset.participants.count)
    #expect(
      dataset.participants.indices.allSatisfy {
        index.position(of: dataset.participants[$0].code) == $0
      })
  }
}
