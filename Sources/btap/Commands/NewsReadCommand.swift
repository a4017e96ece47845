import ArgumentParser
import TerminalUI
import TreatyModel

/// `btap news read ID`: marks a news item read, as the dashboard does.
struct NewsReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read",
    abstract: "Mark a news item read (its id is in the last column of 'btap news').")

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The item's id.")
  var id: String

  @Flag(help: "Mark it unread instead.")
  var unread = false

  mutating func run() throws {
    var context = try CommandContext.open(global.settings)
    guard let item = context.workspace.allNews.first(where: { $0.id == id }) else {
      throw CommandFailure.data("no news item has the id '\(id)' (see 'btap news')")
    }
    do {
      try context.workspace.setRead(item.id, read: !unread, clock: context.clock)
    } catch {
      throw CommandFailure.from(error)
    }
    let title = TextSanitizer.clean(item.title)
    StandardStreams.output("Marked \(unread ? "unread" : "read"): \(title)\n")
  }
}
