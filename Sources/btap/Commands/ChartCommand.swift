import ArgumentParser
import Dashboard
import TerminalUI
import TreatyModel

/// `btap chart`: the number of parties over time, as a braille chart, a table or an SVG file.
struct ChartCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chart",
    abstract: "Chart the number of parties over time.",
    discussion: """
      Draws the parties (solid) and the parties bound (dotted) from the treaty's adoption in \
      2012 to the date, with the threshold of 30 and entry into force marked, in braille \
      characters. With --plain, or --format table, csv, tsv or json, it prints the counts at \
      the end of each year instead (the current year's as of the date): the columns year, \
      date, parties, bound and deposits (instruments deposited that year). --format svg \
      writes a standalone SVG picture to standard output.
      """)

  @OptionGroup var global: GlobalOptions

  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp("Chart the treaty as it stood on DATE (YYYY-MM-DD).", valueName: "DATE"))
  var asOf: String?

  @Option(help: "Output format: chart, table, csv, tsv, json or svg.")
  var format: ChartFormat = .chart

  /// The terminal chart's size.
  static let chartSize = Size(width: 80, height: 20)

  mutating func run() throws {
    let context = try CommandContext.open(global.settings)
    let date = try context.date(asOf: asOf)
    let snapshot = TreatySnapshot(ledger: context.workspace.ledger, on: date)
    let growth = TreatyGrowth(snapshot: snapshot)
    let age = context.workspace.ledger.dataAge(on: context.today)
    switch format {
    case .svg:
      StandardStreams.output(
        ChartSVG.write(growth: growth, snapshot: snapshot, axisEnd: context.today, age: age))
    case .chart where !context.style.plain:
      StandardStreams.output(
        ChartCommand.chart(growth: growth, snapshot: snapshot, today: context.today))
    case .chart, .table, .csv, .tsv, .json:
      let output: OutputFormat =
        switch format {
        case .csv: .csv
        case .tsv: .tsv
        case .json: .json
        default: .table
        }
      StandardStreams.output(
        RecordTableOutput.render(ChartCommand.years(growth), format: output, style: context.style))
    }
  }

  /// The braille chart with a heading, lines ending without spaces.
  static func chart(growth: TreatyGrowth, snapshot: TreatySnapshot, today: CalendarDate) -> String {
    var buffer = Buffer(size: chartSize)
    let progress = snapshot.progress
    buffer.write(
      "Parties over time: \(progress.parties) parties, \(progress.partiesInForce) bound on "
        + "\(snapshot.date)", x: 0, y: 0)
    GrowthChart(growth: growth, axisEnd: today, theme: Theme()).render(
      into: &buffer,
      area: Rect(x: 0, y: 1, width: chartSize.width, height: chartSize.height - 1))
    return buffer.lines.map { line in
      var line = Substring(line)
      while line.last == " " { line = line.dropLast() }
      return line + "\n"
    }.joined()
  }

  /// The counts at each year's end.
  static func years(_ growth: TreatyGrowth) -> RecordTable {
    var table = RecordTable(columns: [
      .init(key: "year", label: "Year"), .init(key: "date", label: "Counted on"),
      .init(key: "parties", label: "Parties"), .init(key: "bound", label: "Bound"),
      .init(key: "deposits", label: "Deposits that year"),
    ])
    for year in growth.years {
      table.append([
        String(year.year), year.date.description, String(year.parties), String(year.bound),
        String(year.deposits),
      ])
    }
    return table
  }
}
