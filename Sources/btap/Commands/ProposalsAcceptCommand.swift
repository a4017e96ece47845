import ArgumentParser
import TerminalUI
import TreatyModel

/// `btap proposals accept ID`: records a proposal as marks.
struct ProposalsAcceptCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "accept",
    abstract: "Record a proposal as a mark (with its declarations); 'btap undo' withdraws it.",
    discussion: """
      The mark's note names the notification and its link. Each declaration is a mark of \
      its own, recorded after the deposit, so each 'btap undo' withdraws one.
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The proposal's id (first column of 'btap proposals').")
  var id: String

  mutating func run() throws {
    var context = try CommandContext.open(global.settings)
    let proposal = try ProposalLookup.find(id, in: context.workspace)
    if case .confirmed(let source) = proposal.status, proposal.event.declarations.isEmpty {
      StandardStreams.output(
        TextSanitizer.clean(
          "Proposal \(proposal.id) is already known (\(source)); nothing to record.")
          + "\n")
      return
    }
    let results: [MarkStore.SaveResult]
    do {
      results = try context.workspace.accept(proposal.event, clock: context.clock)
    } catch {
      throw CommandFailure.from(error)
    }
    var text = ""
    let ledger = context.workspace.ledger
    for result in results {
      if case .mark(let mark) = result.entry.operation {
        let name = ledger.participant(code: mark.partyCode)?.name ?? mark.partyCode
        text += "Recorded mark \(mark.sequence): "
        text += HistoryTable.describe(mark.action, name: name) + ".\n"
      }
    }
    if results.isEmpty { text = "Proposal \(proposal.id): nothing new to record.\n" }
    let snapshot = TreatySnapshot(ledger: ledger, on: context.today)
    text +=
      "The treaty now counts \(Wording.count(snapshot.progress.parties, "party", "parties")).\n"
    StandardStreams.output(TextSanitizer.cleanLines(text))
  }
}
