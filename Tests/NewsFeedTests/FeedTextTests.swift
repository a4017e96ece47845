import Testing
import TreatyModel

@testable import btap_feed

/// Dates, markup and control characters in feed text.
@Suite struct FeedTextTests {
  @Test(arguments: [
    ("Tue, 28 Jan 2020 10:00:00 +0000", "2020-01-28"),
    ("28 Jan 2020 23:59 EST", "2020-01-28"),
    ("Mon, 8 Jul 2024 23:30:00 -0500", "2024-07-08"),
    ("Wed, 02 Oct 02 13:00:00 GMT", "2002-10-02"),
    ("Sun 29 Feb 2004 00:00:00 GMT", "2004-02-29"),
    ("1 September 2019 12:00 +0200", "2019-09-01"),
  ])
  func rfc822Dates(text: String, expected: String) {
    #expect(FeedDate.rfc822(text)?.description == expected)
  }

  @Test(arguments: ["", "yesterday", "31 Feb 2020 10:00 GMT", "Tue, 28 Foo 2020"])
  func unreadableRFC822Dates(text: String) {
    #expect(FeedDate.rfc822(text) == nil)
  }

  @Test(arguments: [
    ("2020-04-28T06:00:00+02:00", "2020-04-28"), ("2019-09-10T12:00:00Z", "2019-09-10"),
    ("2019-09-10", "2019-09-10"), (" 2016-04-20t08:00:00.5z ", "2016-04-20"),
  ])
  func rfc3339Dates(text: String, expected: String) {
    #expect(FeedDate.rfc3339(text)?.description == expected)
  }

  @Test(arguments: ["2019-13-01T00:00:00Z", "20190910", "2019-09-10X"])
  func unreadableRFC3339Dates(text: String) {
    #expect(FeedDate.rfc3339(text) == nil)
  }

  @Test func escapeSequencesAndControlsAreRemoved() {
    #expect(TextCleaner.clean("a\u{1B}[31mred\u{1B}[0m b") == "ared b")
    #expect(TextCleaner.clean("x\u{1B}]0;title\u{07}y") == "xy")
    #expect(TextCleaner.clean("x\u{1B}]8;;http://e\u{1B}\\link\u{1B}]8;;\u{1B}\\y") == "xlinky")
    #expect(TextCleaner.clean("c1\u{9B}2Jcsi") == "c1csi")
    #expect(TextCleaner.clean("  tab\tand\nnew\r\nline  ") == "tab and new line")
    #expect(TextCleaner.clean("bidi\u{202E}evil\u{202C}") == "bidievil")
    #expect(TextCleaner.clean("nul\u{0}del\u{7F}bel\u{07}") == "nuldelbel")
    #expect(TextCleaner.clean("Côte d'Ivoire — 東京 👍") == "Côte d'Ivoire — 東京 👍")
  }

  @Test func markupIsStripped() {
    #expect(MarkupStripper.plainText("<p>Hello <b>world</b></p>") == " Hello  world  ")
    #expect(
      FeedParser.cleanText("<p>Hello <b>world</b></p><script>evil()</script>") == "Hello world")
    #expect(FeedParser.cleanText("<!-- hidden -->a &lt; b &amp;&amp; c") == "a < b && c")
    #expect(FeedParser.cleanText("3 < 4 and 5 > 2") == "3 < 4 and 5 > 2")
    #expect(FeedParser.cleanText("caf&eacute; &#233; &#xE9; &unknown;") == "café é é &unknown;")
    #expect(FeedParser.cleanText("&amp;#27;[31m") == "&#27;[31m", "decoded once only")
    #expect(FeedParser.cleanText("&#27;[31mred") == "red")
    #expect(FeedParser.cleanText("<STYLE>p{}</STYLE>text") == "text")
  }

  @Test func longTextIsCutAtAWord() {
    let long = String(repeating: "word ", count: 400)
    let cut = FeedParser.limit(long, to: 100)
    #expect(cut.count <= 100)
    #expect(cut.hasSuffix("word…"))
  }
}
