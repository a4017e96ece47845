import ArgumentParser
import TerminalUI
import TreatyModel

/// `btap data import FILE.csv [--as-of DATE] [--apply]`: compares a contracting-parties table
/// with what btap knows and, with `--apply`, keeps it as a newer layer of data.
struct DataImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Compare a table of contracting parties (CSV) with what btap knows.",
    discussion: """
      The table has the public dataset's columns: Contracting Party, Treaty, Signature Date, \
      Instrument Type, Instrument Date, Entry Into Force Date, with WIPO's names and \
      YYYY-MM-DD dates; rows of other treaties are skipped. btap lists the new signatories, \
      the new parties, the dates that differ, the rows whose names it cannot match and the \
      marks the table would confirm or overrule, and changes nothing. With --apply (and \
      --as-of, the date the table is current to) the table becomes the data under your \
      marks and 'data as of' moves to that date; btap undo takes it away again.
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The table, as comma-separated values.")
  var file: String

  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp("The date the table is current to (YYYY-MM-DD).", valueName: "DATE"))
  var asOf: String?

  @Flag(help: "Keep the table as the newer data (needs --as-of).")
  var apply = false

  mutating func run() throws {
    if apply, asOf == nil {
      throw CommandFailure.usage(
        "--apply needs --as-of DATE, the date the table is current to")
    }
    var context = try CommandContext.open(global.settings, includingNews: false)
    let date = try asOf.map { (text) throws(CommandFailure) in
      try DateArgument.parse(text, option: "--as-of", notAfter: context.today)
    }
    if let date {
      do {
        try context.workspace.checkDataLayerDate(date, today: context.today)
      } catch {
        throw CommandFailure.data("--as-of: " + error.description)
      }
    }
    let table: DepositaryTable
    do {
      table = try context.workspace.readDepositaryTable(at: file, latest: date ?? context.today)
    } catch {
      throw CommandFailure.from(error)
    }
    let comparison = context.workspace.comparison(with: table, asOf: date ?? context.today)
    var output = TableComparisonText.report(comparison, table: table, asOf: date)
    if apply, let date {
      do {
        let result = try context.workspace.applyDataLayer(
          table, asOf: date, source: file, clock: context.clock)
        output += "Applied as mark \(result.entry.sequence): btap's data is now as of \(date). "
        output += "'btap undo' takes the table away again.\n"
      } catch {
        throw CommandFailure.from(error)
      }
    } else {
      output += "Nothing was changed. To keep the table, run this again with "
      output += "--apply --as-of DATE.\n"
    }
    StandardStreams.output(TextSanitizer.cleanLines(output))
  }
}
