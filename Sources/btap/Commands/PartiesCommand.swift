import ArgumentParser
import TreatyModel

/// `btap parties`: the signatories and parties as a table, CSV, TSV or JSON.
struct PartiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parties",
    abstract: "List the signatories and parties.",
    discussion: """
      CSV, TSV and JSON have exactly the columns name, iso2, region, signature_date, \
      instrument, deposit_date, in_force_date, status; dates are YYYY-MM-DD and unknown \
      values are empty. The status is party, pending (deposited, not yet bound), signatory, \
      withdrawing or withdrawn.
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: "Which to list: party, signatory or all.")
  var status: StatusFilter = .all

  @OptionGroup var region: RegionOption

  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp("List the treaty as it stood on DATE (YYYY-MM-DD).", valueName: "DATE"))
  var asOf: String?

  @Option(help: "Output format: table, csv, tsv or json.")
  var format: OutputFormat = .table

  mutating func run() throws {
    let regionFilter = try region.parsed()
    let context = try CommandContext.open(global.settings)
    let date = try context.date(asOf: asOf)
    let snapshot = TreatySnapshot(ledger: context.workspace.ledger, on: date)
    let table = PartyTable.make(
      snapshot: snapshot, status: status, region: regionFilter,
      glyphs: format == .table && !context.style.plain)
    StandardStreams.output(
      RecordTableOutput.render(
        table, format: format, style: context.style, colorize: PartyTable.colorize))
  }
}
