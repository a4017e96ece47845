import ArgumentParser

/// `btap notifications`: reading the depositary's notifications into proposals.
struct NotificationsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "notifications",
    abstract: "Read a depositary notification into a proposed mark.",
    subcommands: [NotificationsImportCommand.self])
}
