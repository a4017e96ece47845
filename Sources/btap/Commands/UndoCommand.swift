import ArgumentParser
import TreatyModel

/// `btap undo`: withdraws the latest mark still in effect.
struct UndoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "undo", abstract: "Withdraw the latest mark still in effect.")

  @OptionGroup var global: GlobalOptions

  mutating func run() throws {
    var context = try CommandContext.open(global.settings)
    let result: MarkStore.SaveResult
    do {
      result = try context.workspace.undo(clock: context.clock)
    } catch {
      throw CommandFailure.from(error)
    }
    StandardStreams.output(HistoryTable.confirmation(result.entry, workspace: context.workspace))
  }
}
