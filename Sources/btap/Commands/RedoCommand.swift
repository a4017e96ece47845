import ArgumentParser
import TreatyModel

/// `btap redo`: restores the latest withdrawn mark.
struct RedoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "redo", abstract: "Restore the latest mark withdrawn with undo.")

  @OptionGroup var global: GlobalOptions

  mutating func run() throws {
    var context = try CommandContext.open(global.settings)
    let result: MarkStore.SaveResult
    do {
      result = try context.workspace.redo(clock: context.clock)
    } catch {
      throw CommandFailure.from(error)
    }
    StandardStreams.output(HistoryTable.confirmation(result.entry, workspace: context.workspace))
  }
}
