import Foundation
import TestSupport
import Testing

/// `btap feeds` and `btap news fetch` on the built binary, against a real HTTP server.
@Suite(.serialized) struct FeedsCommandTests {
  static let feed = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0"><channel><title>Union news</title>
    <item><title>A union welcomes a ratification</title><link>/news/1.html</link>
    <pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate></item>
    </channel></rss>

    """

  @Test func addListAndRemoveFeeds() throws {
    let runner = try BtapRunner()
    let empty = try runner.run(["feeds"])
    #expect(empty.output == "No feeds yet: add one with 'btap feeds add URL'.\n")
    let first = try runner.run(["feeds", "add", "https://example.org/a.xml", "--title", "A"])
    #expect(first.status == 0)
    #expect(first.output == "Added feed 1: A. Fetch it with 'btap news fetch'.\n")
    _ = try runner.run(["feeds", "add", "https://example.org/b.xml"])
    let csv = try runner.run(["feeds", "list", "--format", "csv"])
    #expect(
      csv.lines == [
        "number,url,title,last_checked,last_result,etag,last_modified,retry_after,gone_since",
        "1,https://example.org/a.xml,A,,,,,,",
        "2,https://example.org/b.xml,,,,,,,",
      ])
    let again = try runner.run(["feeds", "add", "https://example.org/a.xml"])
    #expect(again.status == 65)
    #expect(again.error == "btap: error: 'https://example.org/a.xml' is already feed 1\n")
    let notWeb = try runner.run(["feeds", "add", "file:///etc/passwd"])
    #expect(notWeb.status == 65)
    #expect(notWeb.error.contains("must start with http:// or https://"))
    let removed = try runner.run(["feeds", "remove", "1"])
    #expect(removed.output == "Removed feed A; its news stays.\n")
    let unknown = try runner.run(["feeds", "remove", "7"])
    #expect(unknown.status == 65)
    #expect(unknown.error == "btap: error: no feed '7' (see 'btap feeds list')\n")
    let table = try runner.run(["feeds"])
    #expect(table.output.contains("https://example.org/b.xml"))
    #expect(!table.output.contains("a.xml"))
  }

  @Test func aMalformedFeedListIsNamedByFileAndLine() throws {
    let runner = try BtapRunner()
    let path = runner.dataDirectory + "/feeds.tsv"
    let header =
      "url\ttitle\tetag\tlast_modified\tretry_after\tgone_since\tlast_checked\tlast_result"
    let text = "# feeds\n\(header)\nhttps://example.org/a.xml\tA\t\t\tsoon\t\t\t\n"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    for arguments in [
      ["feeds"], ["feeds", "add", "https://example.org/b.xml"], ["news", "fetch"],
    ] {
      let result = try runner.run(arguments)
      #expect(result.status == 65, "\(arguments)")
      #expect(
        result.error.hasPrefix("btap: error: \(path):3: "), "\(arguments): \(result.error)")
      #expect(result.error.contains("retry_after"), "\(result.error)")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
  }

  @Test func fetchImportsWhatIsNewAndSaysWhatEachFeedDid() throws {
    let server = try FeedServer(routes: [
      "/union.xml": [
        ["body": Self.feed, "headers": ["ETag": "\"u1\""], "not_modified_if": "\"u1\""]
      ],
      "/broken.xml": [["status": 500]],
    ])
    let runner = try BtapRunner()
    _ = try runner.run(["feeds", "add", server.url("/union.xml"), "--title", "Union"])
    let first = try runner.run(["news", "fetch", "--timeout", "5"])
    #expect(first.status == 0, "\(first.error)")
    #expect(
      first.lines == [
        "Fetching 1 feed…", "Union: 1 new, 0 already known", "Fetched 1 of 1 feed: 1 new item.",
      ])
    let news = try runner.run(["news", "--format", "csv"])
    #expect(news.output.contains(server.url("/news/1.html")))

    _ = try runner.run(["feeds", "add", server.url("/broken.xml")])
    let second = try runner.run(["news", "fetch"])
    #expect(second.status == 74)
    #expect(
      second.lines == [
        "Fetching 2 feeds…", "Union: unchanged",
        "\(server.url("/broken.xml")): failed: the server answered 500",
        "Fetched 1 of 2 feeds: nothing new; 1 not fetched.",
      ])
    let csv = try runner.run(["feeds", "--format", "csv"])
    #expect(csv.lines[1].contains(",Union,") && csv.lines[1].contains("unchanged"))
    #expect(csv.lines[1].hasSuffix(",\"\"\"u1\"\"\",,,"))
  }

  @Test func withNoFeedsFetchSaysHowToAddOne() throws {
    let runner = try BtapRunner()
    let result = try runner.run(["news", "fetch"])
    #expect(result.status == 0)
    #expect(result.lines == ["No feeds to fetch: add one with 'btap feeds add URL'."])
  }

  @Test func importResolvesRelativeLinksAgainstTheBaseURLOrLeavesThemOut() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("btap-feed-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let file = directory.appendingPathComponent("union.xml").path
    try Self.feed.write(toFile: file, atomically: true, encoding: .utf8)

    let withoutBase = try BtapRunner()
    let unresolved = try withoutBase.run(["news", "import", file])
    #expect(unresolved.status == 0)
    #expect(
      unresolved.lines.contains(
        "1 item has a relative link and nothing to resolve it against: kept without a link "
          + "(give the address the feed came from with --base-url)."))
    let stored = try withoutBase.run(["news", "--format", "json"])
    #expect(!stored.output.contains("/news/1.html"))

    let withBase = try BtapRunner()
    let resolved = try withBase.run([
      "news", "import", file, "--base-url", "https://union.example/feeds/rss.xml",
    ])
    #expect(resolved.status == 0)
    #expect(!resolved.output.contains("relative link"))
    let news = try withBase.run(["news", "--format", "csv"])
    #expect(news.output.contains("https://union.example/news/1.html"))

    let badBase = try withBase.run(["news", "import", file, "--base-url", "union.example"])
    #expect(badBase.status == 64)
  }
}

/// OSC 8 links in `btap news` on a terminal that shows them (a pty from `script`).
@Suite struct NewsHyperlinkTests {
  @Test func newsTitlesLinkToTheirItemsOnATerminalThatShowsLinks() throws {
    let runner = try BtapRunner()
    let command = [BtapRunner.binary, "news", "--data-dir", runner.dataDirectory]
      .map { "'" + $0 + "'" }.joined(separator: " ")
    let withLinks = try BtapRunner.start(
      ["-q", "-e", "-c", command, "/dev/null"],
      environment: ["BTAP_HYPERLINKS": "1", "TERM": "xterm-256color"], executable: "/usr/bin/script"
    ).finish()
    #expect(withLinks.status == 0, "\(withLinks.error)")
    #expect(withLinks.output.contains("\u{1B}]8;;https://"))
    let without = try BtapRunner.start(
      ["-q", "-e", "-c", command, "/dev/null"], environment: ["TERM": "xterm-256color"],
      executable: "/usr/bin/script"
    ).finish()
    #expect(without.status == 0)
    #expect(!without.output.contains("\u{1B}]8;;"))
  }
}
