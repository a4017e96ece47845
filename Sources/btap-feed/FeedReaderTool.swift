import TreatyModel

#if canImport(Glibc)
  import Glibc
#endif

/// The `btap-feed` helper: the XML parser and the HTTP client, in a process of their own so
/// the `btap` binary, and the dashboard's start-up, carry neither.
///
/// `btap` runs it beside itself (building `btap` builds it too) with one of two commands:
/// - `parse FILE YYYY-MM-DD [BASE-URL]`: reads an RSS 2.0 or Atom file and writes its items
///   to standard output: `# feed-kind`, `# feed-title`, `# feed-duplicates` and
///   `# feed-unresolved` lines, then the columns of `news-imported.tsv`. Exit status 65 for a
///   malformed feed, 74 for an unreadable file.
/// - `fetch DATA-DIR RESOURCES TIMEOUT-SECONDS`: fetches every subscription, imports what is
///   new and writes one ``FetchEvent`` line per step. Exit status 0 when every feed was
///   fetched or unchanged, 74 otherwise.
///
/// Errors go to standard error as `btap: error: …`, cleaned of terminal controls; 64 means a
/// wrong call.
@main
struct FeedReaderTool {
  /// The `User-Agent` of every request: btap, its version, and what it is.
  static let userAgent =
    "btap/\(ProgramVersion.number) (feed reader of a terminal dashboard; libcurl)"

  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    switch (arguments.first, arguments.count) {
    case ("parse", 3), ("parse", 4):
      guard let importDay = CalendarDate(arguments[2]) else { usage() }
      parse(
        file: arguments[1], importDay: importDay, baseURL: arguments.count == 4 ? arguments[3] : nil
      )
    case ("fetch", 4):
      guard let timeout = Int(arguments[3]), timeout > 0 else { usage() }
      fetch(dataDirectory: arguments[1], resources: arguments[2], timeoutSeconds: timeout)
    default:
      usage()
    }
  }

  static func usage() -> Never {
    fail(
      "usage: btap-feed parse FILE YYYY-MM-DD [BASE-URL] | fetch DATA-DIR RESOURCES SECONDS "
        + "(run through 'btap news import' and 'btap news fetch')", status: 64)
  }

  /// `parse`: the feed's items as news rows on standard output.
  static func parse(file: String, importDay: CalendarDate, baseURL: String?) {
    let feed: Feed
    do {
      feed = try FeedParser.parse(file: file, importDay: importDay, baseURL: baseURL)
    } catch {
      fail(error.description, status: error.isInputOutput ? 74 : 65)
    }
    var header = "# feed-kind\t\(feed.kind.rawValue)\n"
    header += "# feed-title\t\(MarkJournal.cleanField(feed.title))\n"
    header += "# feed-duplicates\t\(feed.duplicatesInFeed)\n"
    header += "# feed-unresolved\t\(feed.unresolvedLinks)\n"
    writeOut(Array(header.utf8) + ImportedNews(items: feed.items).encoded())
  }

  /// `fetch`: every subscription, one event line per step.
  static func fetch(dataDirectory: String, resources: String, timeoutSeconds: Int) {
    HTTPClient.initializeLibrary()
    let locations = DataLocations(resources: resources, userData: dataDirectory, state: "")
    var workspace: Workspace
    do {
      workspace = try Workspace.open(locations: locations)
    } catch {
      fail(error.description, status: error.exitStatus)
    }
    let fetcher = SubscriptionFetcher(
      client: HTTPClient(userAgent: userAgent), timeoutSeconds: timeoutSeconds)
    do {
      let allFetched = try fetcher.run(workspace: &workspace, clock: .system) { event in
        writeOut(Array((event.line + "\n").utf8))
      }
      exit(allFetched ? 0 : 74)
    } catch {
      fail(error.description, status: error.exitStatus)
    }
  }

  /// Writes every byte to standard output, or fails.
  static func writeOut(_ bytes: [UInt8]) {
    var written = 0
    while written < bytes.count {
      let result = bytes[written...].withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
      if result < 0, errno == EINTR { continue }
      if result <= 0 { fail("cannot write to standard output", status: 74) }
      written += result
    }
  }

  /// Writes `btap: error: message` to standard error, the message cleaned of terminal
  /// controls (it quotes file names and addresses), and exits.
  static func fail(_ message: String, status: Int32) -> Never {
    let text = Array((FeedHelper.errorPrefix + QuotedText.cleanLines(message) + "\n").utf8)
    _ = text.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(status)
  }
}

extension StoreError {
  /// The exit status for this error: 65 for malformed data, 74 for the file system.
  var exitStatus: Int32 {
    switch self {
    case .data, .rejected, .rejectedFeed: return 65
    case .file, .dataDirectory: return 74
    }
  }
}
