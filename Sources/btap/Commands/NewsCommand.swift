import ArgumentParser

/// `btap news`: the news list, marking an item read, and importing a feed.
struct NewsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "news",
    abstract: "List the news, mark an item read, or import a feed.",
    subcommands: [NewsListCommand.self, NewsReadCommand.self, NewsImportCommand.self],
    defaultSubcommand: NewsListCommand.self)
}
