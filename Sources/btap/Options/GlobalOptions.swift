import ArgumentParser

/// Options every command takes, before or after the command's name.
struct GlobalOptions: ParsableArguments {
  /// Where the user's marks, read state and imported news live.
  @Option(
    name: .customLong("data-dir"),
    help: ArgumentHelp(
      "Keep the user's data in DIR (default: $BTAP_DATA_DIR, else $XDG_DATA_HOME/btap).",
      valueName: "DIR"))
  var dataDirectory: String?

  /// Linear text for screen readers.
  @Flag(help: "Linear text for screen readers: no tables, no box drawing, no colour.")
  var plain = false

  /// Where the shipped data lives (for tests and packaging).
  @Option(name: .customLong("resources"), help: .hidden)
  var resources: String?

  /// The options as plain values.
  var settings: GlobalSettings {
    GlobalSettings(dataDirectory: dataDirectory, plain: plain, resources: resources)
  }
}
