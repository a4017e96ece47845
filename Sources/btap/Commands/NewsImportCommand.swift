import ArgumentParser
import TerminalUI
import TreatyModel

/// `btap news import FILE`: adds the new items of an RSS 2.0 or Atom file to the user's news.
struct NewsImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import the new items of an RSS 2.0 or Atom feed saved in a local file.",
    discussion: """
      Items already known (same id or same link) are kept as they are. External entities are \
      never resolved; markup and control characters are removed from all text. An item with \
      no readable date is dated the day of the import, marked approximate.
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The feed file.")
  var file: String

  mutating func run() throws {
    var context = try CommandContext.open(global.settings)
    let feed = try FeedReaderProcess.read(file: file, importDay: context.today)
    let result: ImportedNews.MergeResult
    do {
      result = try context.workspace.importNews(feed.items)
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
    for item in result.added {
      text +=
        (context.style.plain ? "Added: " : "  + ") + item.shownDate + "  "
        + TextSanitizer.clean(item.title) + "\n"
    }
    StandardStreams.output(text)
  }
}
