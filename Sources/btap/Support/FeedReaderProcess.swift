import ArgumentParser
import TreatyModel

/// Runs the `btap-feed` helper (``FeedHelper``), which holds the XML parser and the HTTP
/// client, for `btap news import` and `btap news fetch`.
///
/// The helper's own errors reach standard error as they are, and its exit status becomes
/// btap's.
enum FeedReaderProcess {
  /// What the helper read from a feed file.
  struct Result {
    /// "RSS 2.0" or "Atom".
    var kind: String
    /// The feed's title, or empty.
    var title: String
    /// The items, in feed order, without repeats.
    var items: [NewsItem]
    /// Items that repeated an earlier one within the feed.
    var duplicatesInFeed: Int
    /// Items whose relative link had no base, kept without a link.
    var unresolvedLinks: Int
  }

  /// Parses `file` with the helper; items with no date get `importDay`; relative links
  /// resolve against `baseURL`.
  static func read(file: String, importDay: CalendarDate, baseURL: String?) throws -> Result {
    var arguments = ["parse", file, importDay.description]
    if let baseURL { arguments.append(baseURL) }
    var helper = try start(arguments)
    let output = helper.readAll()
    let status = helper.wait()
    guard status == 0 else { throw ExitCode(status) }
    return try parse(output)
  }

  /// Fetches every subscription with the helper, handing each event to `report` as it comes;
  /// returns the helper's exit status.
  static func fetch(
    locations: DataLocations, timeoutSeconds: Int, report: (FetchEvent) -> Void
  ) throws -> Int32 {
    var helper = try start([
      "fetch", locations.userData, locations.resources, "\(timeoutSeconds)",
    ])
    while true {
      switch helper.read(blocking: true) {
      case .lines(let lines):
        for line in lines { if let event = FetchEvent(line: line) { report(event) } }
      case .nothingYet:
        continue
      case .finished(let lines):
        for line in lines { if let event = FetchEvent(line: line) { report(event) } }
        return helper.wait()
      }
    }
  }

  /// Starts the helper, or explains why it cannot be found or started.
  private static func start(_ arguments: [String]) throws(CommandFailure) -> FeedHelper {
    do {
      return try FeedHelper.start(arguments)
    } catch {
      throw CommandFailure.inputOutput(
        "\(error.path): cannot start btap's feed helper (\(error.reason)); "
          + "building btap builds it beside btap ('swift build -c release --product btap')")
    }
  }

  /// Parses the helper's output: `# feed-…` lines, then news rows.
  static func parse(_ output: [UInt8]) throws -> Result {
    var result = Result(kind: "", title: "", items: [], duplicatesInFeed: 0, unresolvedLinks: 0)
    for line in output.split(separator: 0x0A).prefix(4) {
      let fields = String(decoding: line, as: UTF8.self).split(
        separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
      guard fields.count == 2 else { continue }
      switch fields[0] {
      case "# feed-kind": result.kind = String(fields[1])
      case "# feed-title": result.title = String(fields[1])
      case "# feed-duplicates": result.duplicatesInFeed = Int(fields[1]) ?? 0
      case "# feed-unresolved": result.unresolvedLinks = Int(fields[1]) ?? 0
      default: break
      }
    }
    do {
      result.items = try ImportedNews.parse(output, file: FeedHelper.executableName + " (output)")
        .items
    } catch {
      throw CommandFailure.from(error)
    }
    return result
  }
}
