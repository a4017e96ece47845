import ArgumentParser
import TerminalUI
import TreatyModel

/// `btap proposals dismiss ID`: sets a proposal aside, remembered until undone.
struct ProposalsDismissCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dismiss",
    abstract: "Set a proposal aside; 'btap undo' brings it back.")

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The proposal's id (first column of 'btap proposals').")
  var id: String

  mutating func run() throws {
    var context = try CommandContext.open(global.settings)
    let proposal = try ProposalLookup.find(id, in: context.workspace)
    guard proposal.status.isWaiting else {
      throw CommandFailure.data(
        "proposal \(proposal.id) is \(proposal.status.keyword); only a proposed or conflicting one can be dismissed"
      )
    }
    let result: MarkStore.SaveResult
    do {
      result = try context.workspace.dismiss(proposal.event, clock: context.clock)
    } catch {
      throw CommandFailure.from(error)
    }
    StandardStreams.output(
      TextSanitizer.clean("Dismissed proposal \(proposal.id) (mark \(result.entry.sequence)).")
        + "\n")
  }
}
