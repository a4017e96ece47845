import ArgumentParser
import TerminalUI
import TreatyModel

/// `btap news import FILE [--base-url URL]`: adds the new items of an RSS 2.0 or Atom file to
/// the user's news.
struct NewsImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import the new items of an RSS 2.0 or Atom feed saved in a local file.",
    discussion: """
      Items already known (same id or same link) are kept as they are. External entities are \
      never resolved; markup and control characters are removed from all text. An item with \
      no readable date is dated the day of the import, marked approximate. A relative link \
      is resolved against the feed's xml:base, else --base-url (the address the file was \
      saved from); one that cannot be resolved is left out, and the summary says how many.
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The feed file.")
  var file: String

  @Option(
    name: .customLong("base-url"),
    help: ArgumentHelp(
      "The address the file was saved from, to resolve relative links against.",
      valueName: "URL"))
  var baseURL: String?

  mutating func validate() throws {
    if let baseURL, !Subscription.isFetchable(baseURL) {
      throw ValidationError(
        "--base-url must be an absolute http:// or https:// address, not '\(baseURL)'")
    }
  }

  mutating func run() throws {
    var context = try CommandContext.open(global.settings)
    let feed = try FeedReaderProcess.read(file: file, importDay: context.today, baseURL: baseURL)
    let result: ImportedNews.MergeResult
    do {
      result = try context.workspace.importNews(feed.items, at: context.clock.now)
    } catch {
      throw CommandFailure.from(error)
    }
    let found = Wording.count(feed.items.count + feed.duplicatesInFeed, "item", "items")
    var text = "Read \(found) from the \(feed.kind) feed"
    if !feed.title.isEmpty { text += " '\(TextSanitizer.clean(feed.title))'" }
    text += ": \(result.added.count) new, \(result.alreadyKnown) already known"
    if feed.duplicatesInFeed > 0 {
      text += ", \(feed.duplicatesInFeed) repeated within the feed"
    }
    text += ".\n"
    if feed.unresolvedLinks > 0 {
      text +=
        Wording.count(feed.unresolvedLinks, "item has", "items have").capitalizedFirst
        + " a relative link and nothing to resolve it against: kept without a link "
        + "(give the address the feed came from with --base-url).\n"
    }
    for item in result.added {
      text +=
        (context.style.plain ? "Added: " : "  + ") + item.shownDate + "  "
        + TextSanitizer.clean(item.title) + "\n"
    }
    StandardStreams.output(text)
  }
}

extension String {
  /// The text with its first letter in capitals.
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
