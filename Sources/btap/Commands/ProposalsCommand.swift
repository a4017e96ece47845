import ArgumentParser

/// `btap proposals`: the marks proposed by notifications and news, and recording or
/// dismissing one.
struct ProposalsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "proposals",
    abstract: "List, record or dismiss the marks proposed by notifications and news.",
    subcommands: [
      ProposalsListCommand.self, ProposalsAcceptCommand.self, ProposalsDismissCommand.self,
    ],
    defaultSubcommand: ProposalsListCommand.self)
}
