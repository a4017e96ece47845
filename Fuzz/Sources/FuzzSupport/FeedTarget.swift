import NewsFeed
import TreatyModel

/// Reads an input as an RSS or Atom feed with btap's libxml2 reader: it gives items or throws a
/// `file:line:column: problem` error; every item is clean, within its limits and unique, and
/// the items `btap-feed` would print load back as the user's imported news, unchanged.
public enum FeedTarget {
  /// The file name errors must name.
  static let file = "feed.xml"

  /// Runs one input.
  public static func run(_ bytes: [UInt8]) {
    let feed: Feed
    do {
      feed = try FeedParser.parse(bytes: bytes, file: file, importDay: ShippedData.today)
    } catch {
      ErrorShape.check(error, file: file, bytes: bytes)
      return
    }
    FuzzCheck.require(
      isClean(feed.title), "the feed title is not clean: \(feed.title.debugDescription)")
    var identifiers: Set<String> = []
    var links: Set<String> = []
    for item in feed.items {
      for text in [item.id, item.title, item.summary, item.link, item.origin] {
        FuzzCheck.require(isClean(text), "an item field is not clean: \(text.debugDescription)")
      }
      FuzzCheck.require(!item.id.isEmpty && !item.title.isEmpty, "an empty id or title")
      FuzzCheck.require(item.title.count <= FeedParser.maximumTitleLength, "a long title")
      FuzzCheck.require(item.summary.count <= FeedParser.maximumSummaryLength, "a long summary")
      FuzzCheck.require(
        item.precision != .approximate || item.date == ShippedData.today,
        "an approximate date that is not the import day")
      FuzzCheck.require(identifiers.insert(item.id).inserted, "id \(item.id) twice")
      if !item.link.isEmpty {
        FuzzCheck.require(links.insert(item.link).inserted, "link \(item.link) twice")
      }
    }
    let imported = ImportedNews(items: feed.items)
    do {
      let again = try ImportedNews.parse(imported.encoded(), file: ImportedNews.fileName)
      FuzzCheck.require(again == imported, "the imported items load differently")
    } catch {
      FuzzCheck.fail("the imported items do not load: \(error)")
    }
  }

  /// Whether text has no control, bidirectional-override or isolate characters, and no white
  /// space at either end or in runs.
  static func isClean(_ text: String) -> Bool {
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C,
        0xFEFF:
        return false
      default: continue
      }
    }
    return !text.hasPrefix(" ") && !text.hasSuffix(" ") && !text.contains("  ")
  }
}
