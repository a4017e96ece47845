import Testing
import TreatyModel

/// The feed list's file: strict loading, and what is saved loads back the same.
@Suite struct SubscriptionListTests {
  static let header = SubscriptionList.header.joined(separator: "\t")

  static func parse(_ rows: String) throws(DataError) -> SubscriptionList {
    try SubscriptionList.parse(Array("\(header)\n\(rows)".utf8), file: "feeds.tsv")
  }

  @Test func anAddressWithAControlCharacterIsRefusedWithItsLine() {
    // U+0085 (NEXT LINE) is a C1 control: saved cleaned, it would become a space.
    #expect(throws: DataError.self) {
      _ = try Self.parse("https://www.wi\u{85}po.int/rss.xml\t\t\t\t\t\t\t\n")
    }
    do {
      _ = try Self.parse(
        "https://a.example/\t\t\t\t\t\t\t\n" + "https://b\u{7F}.example/\t\t\t\t\t\t\t\n")
      Issue.record("a DEL in an address loaded")
    } catch {
      #expect(error.line == 3)
    }
    #expect(!Subscription.isFetchable("https://x.example/a\u{9F}b"))
    #expect(Subscription.isFetchable("https://exämple.org/nöws"))
  }

  @Test func whatIsSavedLoadsBackTheSame() throws {
    var list = SubscriptionList()
    var feed = Subscription(url: "https://www.wipo.int/pressroom/en/rss.xml", title: "WIPO")
    feed.entityTag = "W/\"abc\""
    feed.lastModified = "Mon, 30 Nov 2026 10:00:00 GMT"
    feed.retryAfter = Timestamp("2026-12-02T10:00:00Z")
    feed.lastChecked = Timestamp("2026-12-01T09:00:00Z")
    feed.lastResult = "unchanged"
    try list.add(feed)
    try list.add(Subscription(url: "http://fia.example/feed/"))
    let again = try SubscriptionList.parse(list.encoded(), file: "feeds.tsv")
    #expect(again == list)
    #expect(throws: SubscriptionList.Refusal.alreadySubscribed(feed.url, position: 1)) {
      try list.add(Subscription(url: feed.url))
    }
  }
}
