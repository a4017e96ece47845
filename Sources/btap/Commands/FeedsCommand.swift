import ArgumentParser

/// `btap feeds`: the feeds btap fetches news from.
struct FeedsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "feeds",
    abstract: "List, add or remove the feeds btap fetches news from.",
    discussion: """
      The list is kept in feeds.tsv in your data directory, one feed per line. btap ships \
      with no feeds: add the ones you follow, for example WIPO's press releases and the \
      performers' federation FIA (check each address on its site first, as sites move \
      their feeds):

        btap feeds add https://www.wipo.int/pressroom/en/rss.xml --title WIPO
        btap feeds add https://fia-actors.com/feed/ --title FIA
        btap news fetch
      """,
    subcommands: [FeedsListCommand.self, FeedsAddCommand.self, FeedsRemoveCommand.self],
    defaultSubcommand: FeedsListCommand.self)
}
