import ArgumentParser

/// `btap news`: the news list, marking an item read, importing a feed file and fetching feeds.
struct NewsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "news",
    abstract: "List the news, mark an item read, import a feed file, or fetch your feeds.",
    subcommands: [
      NewsListCommand.self, NewsReadCommand.self, NewsImportCommand.self, NewsFetchCommand.self,
    ],
    defaultSubcommand: NewsListCommand.self)
}
