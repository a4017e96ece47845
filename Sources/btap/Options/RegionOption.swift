import ArgumentParser
import TreatyModel

/// `--region R`, for the commands that list states: one option, one help text, one parser.
struct RegionOption: ParsableArguments {
  /// The region as typed.
  @Option(
    help: ArgumentHelp(
      "Only this region: Africa, Asia-Pacific, Europe, 'Latin America & Caribbean', "
        + "'Middle East' or 'North America' (case-insensitive; a unique prefix will do).",
      valueName: "R"))
  var region: String?

  /// The region named, or nil for all; a usage error for a name no region has.
  func parsed() throws(CommandFailure) -> Region? {
    guard let region else { return nil }
    return try RegionArgument.parse(region)
  }
}
