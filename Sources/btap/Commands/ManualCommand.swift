import ArgumentParser

/// `btap manual-sections` (not listed): prints the manual page's sections on the dashboard's
/// keys, the environment and the files, which `Scripts/install.sh` adds to the page the
/// argument parser generates.
struct ManualCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "manual-sections",
    abstract: "Print the manual page's sections on keys, environment and files (mdoc).",
    shouldDisplay: false)

  mutating func run() throws {
    StandardStreams.output(ManualSections.text())
  }
}
