import ArgumentParser

/// `btap feeds`: the feeds btap fetches news from.
struct FeedsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "feeds",
    abstract: "List, add or remove the feeds btap fetches news from.",
    discussion: """
      The list is kept in feeds.tsv in your data directory, one feed per line. btap ships \
      with no feeds: add the ones you follow, for example WIPO's news and the performers' \
      federation FIA (check each address on its site first): \
      btap feeds add https://www.wipo.int/pressroom/en/rss.xml --title "WIPO press room"
      """,
    subcommands: [FeedsListCommand.self, FeedsAddCommand.self, FeedsRemoveCommand.self],
    defaultSubcommand: FeedsListCommand.self)
}
