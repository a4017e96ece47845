import ArgumentParser
import TerminalUI
import TreatyModel

/// `btap notifications import FILE|-`: reads a notification (text or a saved page) and keeps
/// what it announces as a proposal.
struct NotificationsImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Read a Beijing Treaty notification from a file, or paste it after '-'.",
    discussion: """
      The text may be plain (any line breaks) or a saved web page. btap reads the party, \
      what it did, the date, the notification's number and any declarations, and keeps them \
      as a proposal: 'btap proposals' lists it, 'btap proposals accept ID' records it. \
      Nothing is marked by the import itself. A notification of another treaty is \
      recognised and skipped; a state btap does not know is reported, not guessed.
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The file, or - for standard input.")
  var file: String

  mutating func run() throws {
    var context = try CommandContext.open(global.settings)
    let text = try TextInput.read(file)
    let name = file == "-" ? "standard input" : file
    let recogniser = context.workspace.recogniser
    let source = ProposalSource(kind: .file, reference: name)
    let event: ProposedEvent
    switch recogniser.read(text, source: source) {
    case .proposal(let found): event = found
    case .otherTreaty(let other):
      StandardStreams.output(
        TextSanitizer.clean(
          "\(name): a notification of another treaty (\(other)); nothing to propose.")
          + "\n")
      return
    case .unknownState(let state):
      throw CommandFailure.data(
        "\(name): the notification names '\(state)', which is not a state btap knows; nothing was saved"
      )
    case .incomplete(let reason):
      throw CommandFailure.data("\(name): a Beijing Treaty text, but \(reason); nothing was saved")
    case .notANotification:
      throw CommandFailure.data(
        "\(name): no Beijing Treaty notification found in the text; nothing was saved")
    }
    let result: SavedProposals.MergeResult
    do {
      result = try context.workspace.importProposals([event])
    } catch {
      throw CommandFailure.from(error)
    }
    let ledger = context.workspace.ledger
    let status = ProposalReview.status(
      of: event, ledger: ledger, dismissed: context.workspace.dismissedProposals)
    var output = "Read " + ProposalText.describe(event, ledger: ledger) + ".\n"
    if result.added.isEmpty {
      output += "Proposal \(event.id) was already imported; it is \(status.keyword).\n"
    } else {
      output += "Proposal \(event.id): \(status.keyword), \(status.detail).\n"
      if status.isWaiting {
        output += "Record it with 'btap proposals accept \(event.id)', or set it aside with "
        output += "'btap proposals dismiss \(event.id)'.\n"
      }
    }
    StandardStreams.output(TextSanitizer.cleanLines(output))
  }
}
