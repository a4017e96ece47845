import ArgumentParser
import TreatyModel

/// `btap targets`: the states a campaign works on next, in groups.
struct TargetsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "targets",
    abstract: "List the states to win next, in groups.",
    discussion: """
      Every state that is not a party on the date falls in one or more groups: \
      signatories (signed, no instrument deposited), wppt-not-btap (a party to the WIPO \
      Performances and Phonograms Treaty but not to this one), rome-not-btap (a party to the \
      Rome Convention but not to this one) and other-members (WIPO members in none of \
      those). A state in two groups is listed in each. Sister-treaty membership comes from \
      the shipped related-treaties.tsv, current to the data's date. CSV, TSV and JSON have \
      the columns group, name, iso2, region, status, wppt, wct, rome, marrakesh; a treaty's \
      column holds the date the state joined it, empty when it has not.
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: "Only this group: signatories, wppt-not-btap, rome-not-btap or other-members.")
  var group: TargetGroup?

  @OptionGroup var region: RegionOption

  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp("The targets as they stood on DATE (YYYY-MM-DD).", valueName: "DATE"))
  var asOf: String?

  @Option(help: "Output format: table, csv, tsv or json.")
  var format: OutputFormat = .table

  mutating func run() throws {
    let regionFilter = try region.parsed()
    let context = try CommandContext.open(global.settings)
    let date = try context.date(asOf: asOf)
    let related = try TargetsCommand.loadRelated(context.workspace)
    let snapshot = TreatySnapshot(ledger: context.workspace.ledger, on: date)
    let targets = CampaignTargets(snapshot: snapshot, related: related)
    let forPeople = format == .table
    let table = TargetTable.make(
      targets: targets, related: related, group: group, region: regionFilter,
      forPeople: forPeople)
    var text = ""
    if forPeople, group == nil {
      text += TargetTable.summary(targets: targets, region: regionFilter) + "\n"
    }
    text += RecordTableOutput.render(table, format: format, style: context.style)
    StandardStreams.output(text)
  }

  /// The shipped sister-treaty membership, checked against the workspace's participants.
  static func loadRelated(_ workspace: Workspace) throws(CommandFailure) -> RelatedTreaties {
    do {
      return try RelatedTreaties.load(
        from: workspace.locations.resources, participants: workspace.dataset.participants)
    } catch {
      throw CommandFailure.from(error)
    }
  }
}
