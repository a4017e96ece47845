import ArgumentParser
import TreatyModel
import WorldMap

/// `btap map --format svg`: the world map as a picture to share.
struct MapCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "map",
    abstract: "Write the world map as an SVG picture.",
    discussion: """
      Writes a standalone SVG file to standard output: every country filled by its status \
      on the date (with --targets, the states that are not parties by their first target \
      group, as btap targets sorts them), each fill told apart by a pattern as well as a \
      colour, with a legend, the data's date and age. Each country is one path element whose \
      class is its status (status-party, status-signatory …) or target group \
      (target-wppt-not-btap …) and whose data-iso2 attribute is its code.
      """)

  @OptionGroup var global: GlobalOptions

  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp("Draw the treaty as it stood on DATE (YYYY-MM-DD).", valueName: "DATE"))
  var asOf: String?

  @Flag(help: "Colour the states that are not parties by target group.")
  var targets = false

  @Option(help: "Output format: svg.")
  var format: MapFormat = .svg

  mutating func run() throws {
    let context = try CommandContext.open(global.settings)
    let date = try context.date(asOf: asOf)
    let snapshot = TreatySnapshot(ledger: context.workspace.ledger, on: date)
    let campaign =
      targets
      ? CampaignTargets(
        snapshot: snapshot, related: try TargetsCommand.loadRelated(context.workspace)) : nil
    let path = FileSystem.join(context.workspace.locations.resources, "world-map.txt")
    let map: WorldMap
    do {
      map = try WorldMap.load(from: path)
    } catch {
      throw CommandFailure.data("\(error)")
    }
    StandardStreams.output(
      MapSVG.write(
        map: map, snapshot: snapshot, targets: campaign,
        age: context.workspace.ledger.dataAge(on: context.today)))
  }
}
