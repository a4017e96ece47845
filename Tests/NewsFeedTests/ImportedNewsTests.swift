import Foundation
import Testing
import TreatyModel

/// The user's imported news file and the workspace's merge.
@Suite struct ImportedNewsTests {
  static func item(_ id: String, _ date: String, link: String = "") -> NewsItem {
    NewsItem(
      id: id, date: CalendarDate(date) ?? CalendarDate(dayNumber: 0), precision: .day,
      title: "Title \(id)", summary: "", link: link, origin: "test")
  }

  @Test func mergeDeduplicatesByIdAndByLink() {
    var imported = ImportedNews(items: [
      ImportedNewsTests.item("a", "2020-01-01", link: "https://x/a")
    ])
    let shipped = [ImportedNewsTests.item("s", "2019-01-01", link: "https://x/s")]
    let result = imported.merge(
      [
        ImportedNewsTests.item("a", "2021-01-01"),
        ImportedNewsTests.item("b", "2021-01-01", link: "https://x/a"),
        ImportedNewsTests.item("c", "2021-01-01", link: "https://x/s"),
        ImportedNewsTests.item("s", "2021-01-01"),
        ImportedNewsTests.item("d", "2022-01-01", link: "https://x/d"),
        ImportedNewsTests.item("e", "2021-06-01", link: "https://x/d"),
        ImportedNewsTests.item("f", "2018-01-01"),
      ], existing: shipped)
    #expect(result.added.map(\.id) == ["d", "f"])
    #expect(result.alreadyKnown == 5)
    #expect(imported.items.map(\.id) == ["d", "a", "f"])
  }

  @Test func savesAndLoadsTheSameItems() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("imported-\(UUID().uuidString)").path
    let items = [
      NewsItem(
        id: "x\ty", date: CalendarDate(year: 2020, month: 1, day: 28) ?? CalendarDate(dayNumber: 0),
        precision: .approximate, title: "Tab\there", summary: "Line\nbreak", link: "", origin: ""),
      ImportedNewsTests.item("b", "2021-01-01", link: "https://x/b"),
    ]
    let news = ImportedNews(items: items)
    try news.save(directory: directory)
    let loaded = try ImportedNews.load(directory: directory)
    #expect(loaded.items.map(\.id) == ["b", "x y"])
    #expect(loaded.items[1].title == "Tab here")
    #expect(loaded.items[1].summary == "Line break")
    #expect(loaded.items[1].precision == .approximate)
  }

  @Test(arguments: [
    (
      "id\tdate\tprecision\ttitle\tsummary\tlink\torigin\na\t2020-01-01\tday\tT\t\t\t\na\t2020-01-02\tday\tT\t\t\t\n",
      ":3: duplicate id 'a' (first on line 2)"
    ),
    (
      "id\tdate\tprecision\ttitle\tsummary\tlink\torigin\na\t2020-01-01\tweek\tT\t\t\t\n",
      ":2: unknown precision 'week'"
    ),
    (
      "id\tdate\tprecision\ttitle\tsummary\tlink\torigin\na\t2020-01-01\tday\t\t\t\t\n",
      ":2: the title field is empty"
    ),
    ("id\tdate\tprecision\ttitle\n", ":1: expected the header"),
  ])
  func strictLoadingNamesFileAndLine(content: String, message: String) throws {
    #expect {
      try ImportedNews.parse(Array(content.utf8), file: "news-imported.tsv")
    } throws: { error in
      (error as? DataError)?.description.hasPrefix("news-imported.tsv" + message) == true
    }
  }
}
