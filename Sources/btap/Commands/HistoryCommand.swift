import ArgumentParser
import TreatyModel

/// `btap history`: every mark, undo and redo in the journal, with when it was made.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "List every mark, undo and redo, with when it was made (UTC).")

  @OptionGroup var global: GlobalOptions

  @Option(help: "Output format: table, csv, tsv or json.")
  var format: OutputFormat = .table

  mutating func run() throws {
    let context = try CommandContext.open(global.settings)
    let journal = context.workspace.store.journal
    if journal.entries.isEmpty && format == .table {
      StandardStreams.output("No marks yet.\n")
      return
    }
    let table = HistoryTable.make(journal: journal, ledger: context.workspace.ledger)
    StandardStreams.output(RecordTableOutput.render(table, format: format, style: context.style))
  }
}
