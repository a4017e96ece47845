import ArgumentParser

/// `btap data`: bringing the shipped data up to date from the depositary's own table.
struct DataCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "data",
    abstract: "Bring the data up to date from the depositary's table of parties.",
    subcommands: [DataImportCommand.self])
}
