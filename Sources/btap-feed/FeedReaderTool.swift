import NewsFeed
import TreatyModel

#if canImport(Glibc)
  import Glibc
#endif

/// `btap-feed FILE YYYY-MM-DD`: reads an RSS 2.0 or Atom file and writes its items to
/// standard output as tab-separated news rows, for `btap news import`.
///
/// The XML parser (libxml2, through `NewsFeed`) lives in this small helper so that the
/// `btap` binary, and the dashboard's start-up, carry none of it. The output starts with
/// `# feed-kind`, `# feed-title` and `# feed-duplicates` lines, then the columns of
/// `news-imported.tsv`. Errors go to standard error as `btap: error: …`, with anything they
/// quote cleaned of terminal controls (``QuotedText``); the exit status is
/// 65 for a malformed feed, 74 for an unreadable file, 64 for a wrong call.
@main
struct FeedReaderTool {
  static func main() {
    let arguments = CommandLine.arguments
    guard arguments.count == 3, let importDay = CalendarDate(arguments[2]) else {
      fail("usage: btap-feed FILE YYYY-MM-DD (run through 'btap news import FILE')", status: 64)
    }
    let feed: Feed
    do {
      feed = try FeedParser.parse(file: arguments[1], importDay: importDay)
    } catch {
      fail(error.description, status: error.isInputOutput ? 74 : 65)
    }
    var header = "# feed-kind\t\(feed.kind.rawValue)\n"
    header += "# feed-title\t\(MarkJournal.cleanField(feed.title))\n"
    header += "# feed-duplicates\t\(feed.duplicatesInFeed)\n"
    let bytes = Array(header.utf8) + ImportedNews(items: feed.items).encoded()
    var written = 0
    while written < bytes.count {
      let result = bytes[written...].withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
      if result <= 0 { fail("cannot write the items", status: 74) }
      written += result
    }
  }

  /// Writes `btap: error: message` to standard error, the message cleaned of terminal
  /// controls (it quotes the file name), and exits.
  static func fail(_ message: String, status: Int32) -> Never {
    let text = Array("btap: error: \(QuotedText.cleanLines(message))\n".utf8)
    _ = text.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(status)
  }
}
