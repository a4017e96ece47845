import ArgumentParser
import TreatyModel

/// `btap pipeline`: the states on their way to depositing, by the steps the user recorded.
struct PipelineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pipeline",
    abstract: "List the states in process: on their way to depositing, by your steps.",
    discussion: """
      A state is in process from the date of its first recorded step ('btap step') until it \
      deposits an instrument. Each row gives its furthest stage on the date, when it reached \
      it, how many steps are recorded, and the source and note of that furthest step; \
      'btap show PARTY' prints the whole timeline. CSV, TSV and JSON have the columns name, \
      iso2, region, stage, stage_date, steps, signature_date, status, source, note; the \
      stage is one of consultation, before-parliament, approved, awaiting-deposit.
      """)

  @OptionGroup var global: GlobalOptions

  @OptionGroup var region: RegionOption

  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp("The pipeline as it stood on DATE (YYYY-MM-DD).", valueName: "DATE"))
  var asOf: String?

  @Flag(
    name: .customLong("all"),
    help: "Also list the states whose steps have led to a deposit since.")
  var includingDeposited = false

  @Option(help: "Output format: table, csv, tsv or json.")
  var format: OutputFormat = .table

  mutating func run() throws {
    let regionFilter = try region.parsed()
    let context = try CommandContext.open(global.settings)
    let date = try context.date(asOf: asOf)
    let pipeline = Pipeline(snapshot: TreatySnapshot(ledger: context.workspace.ledger, on: date))
    let forPeople = format == .table
    let table = PipelineTable.make(
      pipeline: pipeline, region: regionFilter, includingDeposited: includingDeposited,
      forPeople: forPeople)
    var text = ""
    if forPeople {
      text += PipelineTable.summary(pipeline: pipeline)
      if table.rows.isEmpty {
        text += "None to list: record a state's steps with 'btap step'.\n"
        StandardStreams.output(text)
        return
      }
      text += "\n"
    }
    text += RecordTableOutput.render(
      table, format: format, style: context.style, colorize: PipelineTable.colorize)
    StandardStreams.output(text)
  }
}
