import Foundation
import Testing

/// `btap news import` on feeds that are unusual, broken at the byte level, or very large:
/// each is imported or refused with a message in words, and the helper never crashes.
@Suite struct NewsImportInputTests {
  /// An RSS document with one item, and `extra` placed where `at` says.
  static func feed(before: String = "", inside: String = "", after: String = "") -> [UInt8] {
    let text =
      before + "<rss version=\"2.0\"><channel><title>T</title>" + inside
      + "<item><title>One</title><guid>one</guid></item></channel></rss>" + after
    return Array(text.utf8)
  }

  /// Writes the bytes to a file in a fresh directory and imports it.
  static func importing(_ bytes: [UInt8], name: String = "feed.xml") throws -> (
    RunResult, BtapRunner
  ) {
    let runner = try BtapRunner()
    let directory = runner.dataDirectory + "-feeds"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let path = directory + "/" + name
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return (try runner.run(["news", "import", path]), runner)
  }

  @Test(
    "processing instructions without data, before, inside and after the root, are accepted",
    arguments: [
      feed(after: "<?pi?>"), feed(before: "<?pi?>"), feed(inside: "<?pi?>"),
      feed(before: "<?xml version=\"1.0\"?>\n<?xml-stylesheet?>\n", after: "\n<?a?><?b ?>\n"),
    ])
  func processingInstructionsWithoutData(bytes: [UInt8]) throws {
    let (result, _) = try NewsImportInputTests.importing(bytes)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("1 new"))
  }

  @Test(
    "declarations in the document type are accepted and never used",
    arguments: [
      "<!DOCTYPE rss [<!NOTATION n SYSTEM \"x\">]>",
      "<!DOCTYPE rss [<!NOTATION n SYSTEM \"x\"><!ENTITY e SYSTEM \"y\" NDATA n>]>",
      "<!DOCTYPE rss [<!ATTLIST rss a CDATA #IMPLIED>]>",
      "<!DOCTYPE rss [<!ELEMENT rss ANY>]>",
      "<!DOCTYPE rss SYSTEM \"rss.dtd\">",
      "<!DOCTYPE rss PUBLIC \"-//Netscape//DTD RSS 0.91//EN\" \"http://example.org/rss.dtd\">",
    ])
  func documentTypeDeclarations(doctype: String) throws {
    let (result, _) = try NewsImportInputTests.importing(
      NewsImportInputTests.feed(before: doctype))
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("1 new"))
  }

  /// Text, raw bytes and text again, as one byte string.
  static func join(_ before: String, _ bytes: [UInt8], _ after: String) -> [UInt8] {
    Array(before.utf8) + bytes + Array(after.utf8)
  }

  /// Documents with a byte that is not UTF-8, and the message each gets.
  static let invalidUTF8Cases: [([UInt8], String)] = [
    (join("<", [0xC0], "x/>"), "feed.xml:1:2: not valid UTF-8 at byte 2 (0xC0)"),
    (
      join("<rss version=\"2.0\" ", [0xC0], "a=\"1\"><channel/></rss>"),
      "feed.xml:1:20: not valid UTF-8 at byte 20 (0xC0)"
    ),
    (
      join("<rss version=\"2.0\">\n<?", [0xC0], "x data?><channel/></rss>"),
      "feed.xml:2:3: not valid UTF-8 at byte 23 (0xC0)"
    ),
    (
      join("<rss version=\"2.0\"><!-- ", [0xE2, 0x82], " --></rss>"),
      "feed.xml:1:25: not valid UTF-8 at byte 25 (0xE2)"
    ),
  ]

  @Test(
    "a byte that is not UTF-8 is named by line, column and offset, never a crash",
    arguments: invalidUTF8Cases)
  func invalidUTF8(bytes: [UInt8], message: String) throws {
    let (result, runner) = try NewsImportInputTests.importing(bytes)
    #expect(result.status == 65)
    #expect(result.output.isEmpty)
    #expect(result.error.hasPrefix("btap: error: ") && result.error.hasSuffix(message + "\n"))
    #expect(result.error.split(separator: "\n").count == 1)
    #expect(!FileManager.default.fileExists(atPath: runner.dataDirectory + "/news-imported.tsv"))
  }

  @Test(
    "a malformed feed is described in words, never by a parser's error number",
    arguments: [
      (
        "<rss version=\"2.0\"><channel></rss>",
        "feed.xml:1:35: not well-formed XML (a closing tag does not match the open element)"
      ),
      ("<rss version=\"2.0\"><channel/></rss><rss/>", "content after the root element"),
      ("<rss version=\"2.0\"><channel>", "the document ends before its elements are closed"),
      ("<rss version=\"2.0\" a=\"1\" a=\"2\"/>", "an attribute is given twice"),
      ("<rss version=\"2.0\"><?xml version=\"1.0\"?></rss>", "XML declaration"),
    ])
  func malformedFeedsInWords(document: String, message: String) throws {
    let (result, _) = try NewsImportInputTests.importing(Array(document.utf8))
    #expect(result.status == 65)
    #expect(result.error.contains(message), "\(result.error)")
    #expect(!result.error.contains("XML error"))
  }

  /// A well-formed RSS feed of at least `size` bytes: items of about 4 KiB each, most of it in
  /// an element btap does not keep (so the test measures the parser, not text cleaning).
  static func largeFeed(size: Int) -> [UInt8] {
    var bytes = Array(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Large</title>\n"
        .utf8)
    let filler = String(repeating: "Performers' rights in audiovisual fixations. ", count: 90)
    var number = 0
    let closing = Array("</channel></rss>\n".utf8)
    while bytes.count + closing.count < size {
      number += 1
      bytes += Array(
        "<item><title>Item \(number)</title><guid>item-\(number)</guid><category>\(filler)</category></item>\n"
          .utf8)
    }
    return bytes + closing
  }

  @Test("a well-formed feed of 12 MiB is imported")
  func twelveMebibyteFeed() throws {
    let bytes = NewsImportInputTests.largeFeed(size: 12 * 1_024 * 1_024)
    let (result, _) = try NewsImportInputTests.importing(bytes)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.hasPrefix("Read 3"), "about 3 000 items")
  }

  @Test("a feed over 15 MiB is refused as too large, naming the limit")
  func sixteenMebibyteFeed() throws {
    let bytes = NewsImportInputTests.largeFeed(size: 16 * 1_024 * 1_024)
    let (result, _) = try NewsImportInputTests.importing(bytes)
    #expect(result.status == 65)
    #expect(result.error.hasPrefix("btap: error: "))
    #expect(result.error.contains("too large"))
    #expect(result.error.contains("15 MiB"))
  }
}
