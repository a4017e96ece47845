import Foundation
import Testing

/// `btap news`, `btap news read` and `btap news import`.
@Suite struct NewsCommandTests {
  @Test func listsTheShippedNewsNewestFirst() throws {
    let result = try BtapRunner().run(["news", "--format", "json"])
    #expect(result.status == 0)
    let items = try #require(try StandardReaders.json(result.output) as? [[String: String]])
    #expect(!items.isEmpty)
    let dates = items.compactMap { $0["date"] }
    #expect(dates == dates.sorted(by: >))
    #expect(items.allSatisfy { $0["read"] == "no" })
    #expect(items.contains { $0["id"] == "wipo-2020-01-28-indonesia" })
  }

  @Test func monthDatesAreWrittenAsYearAndMonthAndHomePagesAsTheSite() throws {
    let runner = try BtapRunner()
    let json = try runner.run(["news", "--format", "json"])
    let items = try #require(try StandardReaders.json(json.output) as? [[String: String]])
    let tunisia = try #require(items.first { $0["id"] == "fia-2016-07-tunisia" })
    #expect(tunisia["date"] == "2016-07")
    #expect(tunisia["precision"] == "month")
    let indonesia = try #require(items.first { $0["id"] == "wipo-2020-01-28-indonesia" })
    #expect(indonesia["date"] == "2020-01-28")
    for item in items where item["precision"] != "day" {
      #expect(item["date"]?.count == 7, "\(item["id"] ?? ""): \(item["date"] ?? "")")
    }
    let selfie = try #require(items.first { $0["id"] == "fia-2017-04-19-selfie" })
    #expect(selfie["link"] == "site: fia-actors.com")
    let csv = try runner.run(["news", "--format", "csv"])
    #expect(csv.output.contains("fia-2016-07-tunisia,2016-07,month,"))
    #expect(!csv.output.contains("2016-07-21"))
  }

  @Test func readMarksAnItemAndUnreadFiltersIt() throws {
    let runner = try BtapRunner()
    let read = try runner.run(["news", "read", "wipo-2020-01-28-indonesia"])
    #expect(read.status == 0)
    #expect(read.output.hasPrefix("Marked read: WIPO's Beijing Treaty"))
    let unread = try runner.run(["news", "--unread", "--format", "csv"])
    #expect(!unread.output.contains("wipo-2020-01-28-indonesia"))
    let all = try runner.run(["news", "list", "--format", "tsv"])
    #expect(
      all.lines.contains { $0.hasPrefix("wipo-2020-01-28-indonesia\t") && $0.hasSuffix("\tyes") })
    let table = try runner.run(["news"])
    #expect(table.status == 0)
    #expect(table.lines.count >= 3)
  }

  @Test func readRejectsAnUnknownIdentifier() throws {
    let result = try BtapRunner().run(["news", "read", "no-such-item"])
    #expect(result.status == 65)
    #expect(
      result.error == "btap: error: no news item has the id 'no-such-item' (see 'btap news')\n")
  }

  @Test func importsRSSAndAtomFixturesOnce() throws {
    let runner = try BtapRunner()
    let rss = try runner.run(["news", "import", BtapRunner.fixture("rss2.xml")])
    #expect(rss.status == 0, "\(rss.error)")
    #expect(
      rss.lines.first
        == "Read 6 items from the RSS 2.0 feed 'Performers & Treaties': 4 new, 0 already known, 2 repeated within the feed."
    )
    let atom = try runner.run(["news", "import", BtapRunner.fixture("atom.xml")])
    #expect(atom.status == 0)
    #expect(atom.lines.first?.contains("Atom feed 'FIA news': 3 new") == true)
    let again = try runner.run(["news", "import", BtapRunner.fixture("rss2.xml")])
    #expect(again.output.contains("0 new, 4 already known"))

    let list = try runner.run(["news", "--format", "json"])
    let items = try #require(try StandardReaders.json(list.output) as? [[String: String]])
    let titles = items.compactMap { $0["title"] }
    #expect(titles.contains("Alert: RED text and a title"))
    #expect(titles.contains("Escape in title"))
    #expect(titles.contains("Bidi evil and C1 clear"))
    #expect(!list.output.contains("\\u001b") && !list.output.contains("root:"))
    let table = try runner.run(["news"])
    #expect(!table.output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    let file = try String(
      contentsOfFile: runner.dataDirectory + "/news-imported.tsv", encoding: .utf8)
    #expect(file.split(separator: "\n").count == 2 + 7)
  }

  @Test(arguments: [
    ("malformed.xml", Int32(65), "malformed.xml:5:33: not well-formed XML"),
    ("not-a-feed.xml", Int32(65), "not an RSS 2.0 or Atom feed"),
    ("missing.xml", Int32(74), "cannot read the feed (No such file or directory)"),
  ])
  func importRejectsBadFeeds(name: String, status: Int32, message: String) throws {
    let runner = try BtapRunner()
    let result = try runner.run(["news", "import", BtapRunner.fixture(name)])
    #expect(result.status == status)
    #expect(result.output.isEmpty)
    #expect(result.error.hasPrefix("btap: error: "))
    #expect(result.error.contains(message))
    #expect(!FileManager.default.fileExists(atPath: runner.dataDirectory + "/news-imported.tsv"))
  }

  @Test func importWithoutAFileIsAUsageError() throws {
    let result = try BtapRunner().run(["news", "import"])
    #expect(result.status == 64)
  }
}
