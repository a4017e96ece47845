import Foundation
import Testing
import TreatyModel

@testable import btap_feed

/// The RSS 2.0 and Atom fixtures, read with the real XML parser.
@Suite struct FeedParserTests {
  static let importDay = CalendarDate(year: 2026, month: 11, day: 25) ?? CalendarDate(dayNumber: 0)

  static func fixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/\(name)").path
  }

  static func parse(_ name: String) throws -> Feed {
    try FeedParser.parse(file: fixture(name), importDay: importDay)
  }

  /// Every text field of every item.
  static func texts(_ feed: Feed) -> [String] {
    feed.items.flatMap { [$0.id, $0.title, $0.summary, $0.link, $0.origin] } + [feed.title]
  }

  @Test func readsTheRSSFixture() throws {
    let feed = try FeedParserTests.parse("rss2.xml")
    #expect(feed.kind == .rss)
    #expect(feed.title == "Performers & Treaties")
    #expect(feed.items.count == 4)
    #expect(feed.duplicatesInFeed == 2)

    let first = feed.items[0]
    #expect(first.id == "tag:news.example.org,2020:indonesia")
    #expect(first.title == "Indonesia deposits the 30th instrument")
    #expect(first.date.description == "2020-01-28")
    #expect(first.precision == .day)
    #expect(
      first.summary == "The treaty will enter into force on 28 April 2020 — three months later.")
    #expect(first.link == "https://news.example.org/2020/01/28/indonesia")
    #expect(first.origin == "Performers & Treaties")

    let second = feed.items[1]
    #expect(second.title == "Alert: RED text and a title")
    #expect(second.id == "https://news.example.org/2024/07/08/saint-kitts", "no guid: the link")
    #expect(second.date.description == "2024-07-08", "the date as the publisher wrote it")
    #expect(second.summary == "Saint Kitts and Nevis accedes – \"party 48\". Secret: []")

    let undated = feed.items[2]
    #expect(undated.title == "Undated item: Édition spéciale")
    #expect(undated.date == FeedParserTests.importDay)
    #expect(undated.precision == .approximate)
    #expect(undated.id.hasPrefix("feed-") && undated.id.count == 21)
    #expect(undated.link.isEmpty)

    let fourth = feed.items[3]
    #expect(fourth.title == "Bidi evil and C1 clear")
    #expect(fourth.date.description == "2019-04-15", "dc:date")
    #expect(fourth.summary == "World IP Day: four more needed.", "content:encoded")
  }

  @Test func readsTheAtomFixture() throws {
    let feed = try FeedParserTests.parse("atom.xml")
    #expect(feed.kind == .atom)
    #expect(feed.title == "FIA news")
    #expect(feed.items.count == 3)
    #expect(feed.duplicatesInFeed == 1)
    let first = feed.items[0]
    #expect(first.title == "April 28, 2020 – a historic day for audiovisual performers")
    #expect(first.date.description == "2020-04-28", "published is preferred to updated")
    #expect(
      first.link == "https://actors.example.net/2020/04/28/historic-day", "the alternate link")
    #expect(first.summary == "The treaty is in force & performers celebrate.")
    #expect(first.id == "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a")
    let second = feed.items[1]
    #expect(second.title == "Escape in title")
    #expect(second.summary == "From tale to reality.")
    #expect(second.date.description == "2019-09-10")
    let third = feed.items[2]
    #expect(third.precision == .approximate)
    #expect(third.date == FeedParserTests.importDay)
  }

  @Test(arguments: ["rss2.xml", "atom.xml"])
  func noControlCharactersMarkupOrEntityContentSurvive(name: String) throws {
    let feed = try FeedParserTests.parse(name)
    for text in FeedParserTests.texts(feed) {
      #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
      #expect(!text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) })
      #expect(!text.contains("<") && !text.contains("[31m") && !text.contains("pwned"))
      #expect(!text.contains("root:"), "the external entity was not resolved")
    }
  }

  @Test func theOriginFromALinkIsItsHostWithoutSpaces() throws {
    // A feed with no title of its own: the origin is the link's host, which ends at the space
    // that a no-break space before the path becomes.
    let text =
      "<rss version=\"2.0\"><channel><item><title>T</title>"
      + "<link>https://news.example.org&nbsp;/2024/07/08/x</link></item></channel></rss>"
    let feed = try FeedParser.parse(
      bytes: Array(text.utf8), file: "feed.xml", importDay: FeedParserTests.importDay)
    #expect(feed.items.map(\.origin) == ["news.example.org"])
  }

  @Test func hashedIdentifiersAreStable() throws {
    let first = try FeedParserTests.parse("rss2.xml")
    let second = try FeedParser.parse(
      file: FeedParserTests.fixture("rss2.xml"), importDay: CalendarDate(dayNumber: 1))
    #expect(first.items[2].id == second.items[2].id)
  }

  @Test func externalEntitiesAreNeverRead() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("feed-entity-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let secret = directory.appendingPathComponent("secret.txt")
    try "CANARY-7f3a".write(to: secret, atomically: true, encoding: .utf8)
    let document = """
      <?xml version="1.0"?>
      <!DOCTYPE rss [
        <!ENTITY canary SYSTEM "file://\(secret.path)">
        <!ENTITY % remote SYSTEM "file://\(secret.path)">
        <!ENTITY internal "expanded">
      ]>
      <rss version="2.0"><channel><title>T &canary;</title>
      <item><title>A &canary; B &internal; C</title><description>x &canary; y</description>
      <link>https://example.org/&canary;</link></item></channel></rss>
      """
    let feed = try FeedParser.parse(
      bytes: Array(document.utf8), file: "inline", importDay: FeedParserTests.importDay)
    #expect(feed.items.count == 1)
    #expect(feed.items[0].title == "A B C")
    #expect(feed.items[0].summary == "x y")
    #expect(feed.items[0].link == "https://example.org/")
    for text in FeedParserTests.texts(feed) {
      #expect(!text.contains("CANARY") && !text.contains("expanded"))
    }
  }

  @Test func entityExpansionBombsStayFlat() throws {
    var document = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY a0 \"lol\">\n"
    for level in 1...9 {
      let previous = String(repeating: "&a\(level - 1);", count: 10)
      document += "<!ENTITY a\(level) \"\(previous)\">\n"
    }
    document +=
      "]>\n<rss version=\"2.0\"><channel><item><title>x&a9;y</title></item></channel></rss>\n"
    let feed = try FeedParser.parse(
      bytes: Array(document.utf8), file: "bomb", importDay: FeedParserTests.importDay)
    #expect(feed.items.first?.title == "xy")
  }

  @Test func htmlEntitiesOutsideCDATAAreAccepted() throws {
    let document = """
      <rss version="2.0"><channel><item><title>Caf&eacute;&nbsp;news &amp; more &copy;</title>
      <guid>g1</guid></item></channel></rss>
      """
    let feed = try FeedParser.parse(
      bytes: Array(document.utf8), file: "html", importDay: FeedParserTests.importDay)
    #expect(feed.items.first?.title == "Café news & more ©")
  }

  @Test func malformedFeedsNameTheLine() throws {
    #expect {
      try FeedParserTests.parse("malformed.xml")
    } throws: { error in
      guard let feedError = error as? FeedError else { return false }
      return feedError.line == 5 && !feedError.isInputOutput
        && feedError.description.hasPrefix(FeedParserTests.fixture("malformed.xml") + ":5:")
    }
    let rawEscape =
      "<rss version=\"2.0\"><channel><item><title>a \u{1B}[31m b</title></item></channel></rss>"
    #expect(throws: FeedError.self) {
      try FeedParser.parse(
        bytes: Array(rawEscape.utf8), file: "raw", importDay: FeedParserTests.importDay)
    }
    #expect(throws: FeedError.self) {
      try FeedParser.parse(bytes: [], file: "empty", importDay: FeedParserTests.importDay)
    }
  }

  @Test func aDocumentInAnEncodingThatCannotBeReadIsRefusedInWords() throws {
    // "<" then three NULs reads as UCS-4, which the parser cannot convert.
    #expect {
      try FeedParser.parse(
        bytes: [0x3C, 0, 0, 0], file: "ucs4.xml", importDay: FeedParserTests.importDay)
    } throws: { error in
      guard let feedError = error as? FeedError else { return false }
      let text = feedError.description
      return text.hasPrefix("ucs4.xml") && !text.contains(":0:") && !text.contains("XML error")
    }
  }

  @Test func otherDocumentsAreNotFeeds() throws {
    #expect {
      try FeedParserTests.parse("not-a-feed.xml")
    } throws: { error in
      (error as? FeedError)?.problem == .notAFeed(rootElement: "html")
    }
    #expect {
      try FeedParserTests.parse("does-not-exist.xml")
    } throws: { error in
      (error as? FeedError)?.isInputOutput == true
    }
  }

  @Test func aFeedOverTheSizeLimitIsRefusedBeforeParsing() throws {
    #expect(FeedParser.maximumByteCount == 15 * 1_024 * 1_024)
    let tooLarge = [UInt8](repeating: 0x20, count: FeedParser.maximumByteCount + 1)
    #expect {
      try FeedParser.parse(bytes: tooLarge, file: "big", importDay: FeedParserTests.importDay)
    } throws: { error in
      (error as? FeedError)?.description
        == "big: the feed is too large (15.0 MiB; the limit is 15 MiB)"
    }
    #expect(FeedError.mebibytes(16 * 1_024 * 1_024 + 300_000) == "16.3 MiB")
  }

  @Test func aLargeWellFormedFeedIsRead() throws {
    var document = "<rss version=\"2.0\"><channel><title>Large</title>\n"
    let filler = String(repeating: "x", count: 4_000)
    for number in 1...3_000 {
      document += "<item><title>\(number)</title><category>\(filler)</category></item>\n"
    }
    document += "</channel></rss>\n"
    #expect(document.utf8.count > 11 * 1_024 * 1_024)
    let feed = try FeedParser.parse(
      bytes: Array(document.utf8), file: "large", importDay: FeedParserTests.importDay)
    #expect(feed.items.count == 3_000)
  }

  @Test func invalidUTF8IsNamedByLineColumnAndByte() throws {
    let bytes = Array("<rss version=\"2.0\">\n<channel><title>é".utf8) + [0xED, 0xA0, 0x80]
    #expect {
      try FeedParser.parse(bytes: bytes, file: "bad", importDay: FeedParserTests.importDay)
    } throws: { error in
      (error as? FeedError)?.description == "bad:2:18: not valid UTF-8 at byte 39 (0xED)"
    }
    let ascii =
      Array("<?xml version='1.0' encoding='US-ASCII'?>\n<rss>".utf8) + [0xE9] + Array("</rss>".utf8)
    #expect {
      try FeedParser.parse(bytes: ascii, file: "ascii", importDay: FeedParserTests.importDay)
    } throws: { error in
      (error as? FeedError)?.description == "ascii:2:6: not valid US-ASCII at byte 48 (0xE9)"
    }
    #expect {
      try FeedParser.parse(bytes: [], file: "empty", importDay: FeedParserTests.importDay)
    } throws: { error in
      (error as? FeedError)?.description.hasPrefix("empty:1:1: not well-formed XML (the document")
        == true
    }
    #expect(FeedInput.firstInvalidUTF8(Array("aé€😀".utf8)) == nil)
    for invalid: [UInt8] in [[0xC0, 0x80], [0xE0, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC3]] {
      #expect(FeedInput.firstInvalidUTF8([0x41] + invalid) == 1, "\(invalid)")
    }
  }

  @Test func aFeedInAnotherDeclaredEncodingIsConvertedByTheParser() throws {
    let latin1 =
      Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss version=\"2.0\"><channel>".utf8)
      + Array("<item><title>Caf".utf8) + [0xE9] + Array("</title></item></channel></rss>".utf8)
    let feed = try FeedParser.parse(
      bytes: latin1, file: "latin1", importDay: FeedParserTests.importDay)
    #expect(feed.items.first?.title == "Café")
    let utf16 =
      [UInt8]([0xFF, 0xFE])
      + Array(
        "<rss version=\"2.0\"><channel><item><title>Ω</title></item></channel></rss>".utf16.flatMap
        { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    #expect(
      try FeedParser.parse(
        bytes: utf16, file: "utf16", importDay: FeedParserTests.importDay
      ).items.first?.title == "Ω")
  }

  @Test func documentsThatCrashedOtherParsersAreReadOrRefusedInWords() throws {
    let accepted = [
      "<rss version=\"2.0\"><channel><item><title>a</title></item></channel></rss><?pi?>",
      "<!DOCTYPE rss [<!NOTATION n SYSTEM \"x\"><!ATTLIST rss a CDATA #IMPLIED>]>"
        + "<rss version=\"2.0\"><channel><?pi?><item><title>a</title></item></channel></rss>",
    ]
    for document in accepted {
      let feed = try FeedParser.parse(
        bytes: Array(document.utf8), file: "ok", importDay: FeedParserTests.importDay)
      #expect(feed.items.count == 1)
    }
    #expect {
      try FeedParser.parse(
        bytes: [0x3C, 0xC0, 0x78, 0x2F, 0x3E], file: "name", importDay: FeedParserTests.importDay)
    } throws: { error in
      (error as? FeedError)?.description == "name:1:2: not valid UTF-8 at byte 2 (0xC0)"
    }
  }
}
