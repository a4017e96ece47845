import Foundation
import Testing

/// `btap show` and `btap rights`.
@Suite struct ShowAndRightsCommandTests {
  @Test(arguments: ["cote d'ivoire", "CÔTE D’IVOIRE", "ci", "CI"])
  func showFindsAPartyByNameOrCode(query: String) throws {
    let result = try BtapRunner().run(["show", query])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.lines.first == "Côte d'Ivoire")
    #expect(result.output.contains("Signed:  2012-06-26"))
  }

  @Test func showListsDeclarations() throws {
    let result = try BtapRunner().run(["show", "china"])
    #expect(result.status == 0)
    #expect(result.output.contains("ratification deposited on 2014-07-09, the 5th instrument"))
    #expect(result.output.contains("Art. 11(1), 11(2), limits a right"))
    #expect(result.output.contains("Hong Kong"))
    let plain = try BtapRunner().run(["show", "china", "--plain"])
    #expect(plain.output.contains("Declaration 1: Art. 11(1), 11(2)"))
    #expect(plain.output.contains("2 declarations:"))
  }

  @Test func showAnEligibleState() throws {
    let result = try BtapRunner().run(["show", "Afghanistan"])
    #expect(result.status == 0)
    #expect(result.output.contains("it may accede"))
  }

  @Test(arguments: [
    ("Atlantis", "no state or organization matches 'Atlantis'"),
    ("guin", "'guin' matches several"),
  ])
  func showRejectsUnknownOrAmbiguousParties(query: String, message: String) throws {
    let result = try BtapRunner().run(["show", query])
    #expect(result.status == 65)
    #expect(result.output.isEmpty)
    #expect(result.error.hasPrefix("btap: error: " + message))
  }

  @Test func showWithoutAPartyIsAUsageError() throws {
    let result = try BtapRunner().run(["show"])
    #expect(result.status == 64)
    #expect(result.error.contains("Missing expected argument"))
  }

  @Test func rightsListsTheThirtyArticles() throws {
    let result = try BtapRunner().run(["rights"])
    #expect(result.status == 0)
    #expect(result.lines.count == 2 + 30)
    #expect(result.output.contains("Right of Broadcasting and Communication to the Public"))
  }

  @Test func rightsShowsOneArticleWithItsDeclarations() throws {
    let result = try BtapRunner().run(["rights", "11"])
    #expect(result.status == 0)
    #expect(
      result.lines.first == "Article 11: Right of Broadcasting and Communication to the Public")
    #expect(result.output.contains("China (CN)"))
  }

  @Test(arguments: [
    (5, "Class: right of performers: moral", "demand to be named"),
    (6, "Class: right of performers: economic, in live performances", "unrecorded"),
    (7, "Class: right of performers: economic, in fixed performances", "copy a recorded"),
    (12, "Class: provision shaping the performers' rights", "signed by both sides"),
    (13, "Class: provision shaping the performers' rights", "live performances included"),
    (15, "Class: obligation of the parties", "gets around such locks"),
    (19, "Class: reservations and application in time", "(19(4))"),
    (25, "Class: administrative and final clause", "Diplomatic Conference in Beijing"),
  ])
  func rightsNamesEachArticlesClass(number: Int, heading: String, summary: String) throws {
    let result = try BtapRunner().run(["rights", String(number)])
    #expect(result.status == 0)
    #expect(result.lines.count >= 3)
    #expect(result.lines[1].hasPrefix(heading))
    #expect(result.output.contains(summary))
    #expect(!result.output.contains("Right: "))
    #expect(!result.output.contains("general"))
  }

  @Test func noArticleIsLabelledRightGeneralAndOnlyArticlesFiveToElevenAreRights() throws {
    let list = try BtapRunner().run(["rights"])
    #expect(!list.output.contains("Right: general"))
    for number in [12, 13, 15, 16] {
      let one = try BtapRunner().run(["rights", String(number)])
      #expect(!one.lines[1].contains("right of performers"))
    }
    let thirteen = try BtapRunner().run(["rights", "13"])
    #expect(
      thirteen.output.contains("Reaches Arts. 5–11: every right, live performances included."))
    #expect(thirteen.output.contains("No declaration recorded for this article."))
  }

  @Test func rightsRejectsUnknownArticles() throws {
    let missing = try BtapRunner().run(["rights", "31"])
    #expect(missing.status == 65)
    #expect(missing.error == "btap: error: no article 31: the treaty has articles 1 to 30\n")
    let malformed = try BtapRunner().run(["rights", "eleven"])
    #expect(malformed.status == 64)
  }
}
