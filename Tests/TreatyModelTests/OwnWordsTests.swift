import Foundation
import TestSupport
import Testing
import TreatyModel

/// Every sentence btap shows is its own: no prose field repeats eight or more words in a row
/// from the fact base (`../shared/data/btap-facts.md`, `seed-campaign-homepage.txt`).
@Suite("Our own words")
struct OwnWordsTests {
  /// Every prose field of the shipped data, named by file and row.
  static func proseFields(_ dataset: TreatyDataset) -> [(place: String, text: String)] {
    var fields: [(String, String)] = []
    for section in dataset.overview {
      for (index, paragraph) in section.paragraphs.enumerated() {
        fields.append(("overview.tsv \(section.identifier) \(index + 1)", paragraph))
      }
    }
    for fact in dataset.keyFacts { fields.append(("facts.tsv \(fact.label)", fact.value)) }
    for event in dataset.timeline {
      fields.append(("timeline.tsv \(event.sortDate)", event.event))
    }
    for article in dataset.articles {
      fields.append(("articles.tsv \(article.number)", article.summary))
    }
    for declaration in dataset.declarations {
      fields.append(("declarations.tsv \(declaration.partyCode)", declaration.summary))
    }
    for item in dataset.news { fields.append(("news.tsv \(item.id)", item.summary)) }
    for participant in dataset.participants where !participant.note.isEmpty {
      fields.append(("parties.tsv \(participant.code)", participant.note))
    }
    return fields
  }

  @Test("no prose field in Resources shares a run of 8 words with the fact base")
  func resources() throws {
    let checker = try BorrowedWording.factBase()
    let fields = Self.proseFields(try Fixtures.dataset())
    #expect(fields.count >= 80)
    for field in fields {
      let copied = checker.copiedRuns(in: field.text)
      #expect(copied.isEmpty, "\(field.place) repeats the fact base: \(copied.first ?? "")")
    }
  }

  @Test("the key facts worded in code share no run of 8 words with the fact base")
  func datedFacts() throws {
    let checker = try BorrowedWording.factBase()
    let dataset = try Fixtures.dataset()
    let ledger = Ledger(dataset: dataset, marks: [])
    for day in ["2012-06-26", "2019-12-31", "2020-03-01", "2025-10-01"] {
      let snapshot = TreatySnapshot(ledger: ledger, on: Fixtures.date(day))
      for fact in DatedFacts.facts(of: snapshot) {
        let copied = checker.copiedRuns(in: fact.label + ": " + fact.value)
        #expect(copied.isEmpty, "\(day) \(fact.label): \(copied.first ?? "")")
      }
    }
    let age = ledger.dataAge(on: Fixtures.date("2026-12-01"))
    #expect(checker.copiedRuns(in: "\(age). \(DataAge.refreshAdvice)").isEmpty)
  }

  @Test(
    "the checker finds a sentence planted from the fact base, whatever its case and punctuation")
  func plantedCopy() throws {
    let checker = try BorrowedWording.factBase()
    let planted =
      "Our summary: NATIONAL law may provide that, once a performer agrees to be filmed — or "
      + "recorded — the rights follow."
    #expect(
      checker.copiedRuns(in: planted).first == "national law may provide that once a performer")
    #expect(checker.copiedRuns(in: "National law may let the producer hold the rights.").isEmpty)
  }

  @Test("a run of exactly 8 shared words is caught, a run of 7 is not; titles may be quoted")
  func runLength() {
    let checker = BorrowedWording(
      sources: [
        "one two three four five six seven eight nine. Beijing Treaty on Audiovisual "
          + "Performances, Diplomatic Conference on the Protection of Audiovisual Performances"
      ])
    #expect(checker.copiedRuns(in: "x one two three four five six seven y").isEmpty)
    #expect(
      checker.copiedRuns(in: "x One, two; three-four five six seven EIGHT y")
        == ["one two three four five six seven eight"])
    #expect(
      checker.copiedRuns(
        in: "The Diplomatic Conference on the Protection of Audiovisual Performances met."
      ).isEmpty)
  }
}
