import ArgumentParser
import TerminalUI
import TreatyModel

/// `btap mark PARTY --ratification|--accession|--signature|--denunciation --date DATE`:
/// records news the shipped data does not have yet, in the same journal as the dashboard.
struct MarkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mark",
    abstract: "Record a ratification, accession, signature or denunciation.",
    discussion: """
      The mark is checked against the treaty's rules and saved to the journal under its lock \
      before btap exits, so it is safe while the dashboard is open; 'btap undo' withdraws it.
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "A name (case and accents do not matter) or an ISO 3166 alpha-2 code.")
  var party: String

  @Flag(help: "What happened.")
  var kind: MarkKind

  @Option(help: ArgumentHelp("When it happened (YYYY-MM-DD, not after today).", valueName: "DATE"))
  var date: String

  @Option(help: ArgumentHelp("A note, such as where the news came from.", valueName: "TEXT"))
  var note: String = ""

  mutating func run() throws {
    var context = try CommandContext.open(global.settings)
    let day = try DateArgument.parse(date, option: "--date", notAfter: context.today)
    let participant = try PartyLookup.find(party, in: context.workspace.ledger)
    let result: MarkStore.SaveResult
    do {
      result = try context.workspace.mark(
        code: participant.code, action: kind.action(on: day), note: note, clock: context.clock)
    } catch {
      throw CommandFailure.from(error)
    }
    let ledger = context.workspace.ledger
    let snapshot = TreatySnapshot(ledger: ledger, on: context.today)
    var text = "Recorded mark \(result.entry.sequence): "
    if case .mark(let mark) = result.entry.operation {
      text += HistoryTable.describe(mark.action, name: participant.name) + ".\n"
    }
    if let updated = snapshot.standing(code: participant.code) {
      switch updated.status {
      case .pending(let bound?):
        text += "\(updated.name) is a party from now on, bound from \(bound).\n"
      case .inForce: text += "\(updated.name) is a party, bound by the treaty.\n"
      case .withdrawing(let effective):
        text += "The denunciation takes effect on \(effective).\n"
      default: break
      }
    }
    text +=
      "The treaty now counts \(Wording.count(snapshot.progress.parties, "party", "parties")).\n"
    if result.externalEntries > 0 {
      text +=
        "(\(result.externalEntries) change\(result.externalEntries == 1 ? "" : "s") "
        + "saved meanwhile by another btap \(result.externalEntries == 1 ? "was" : "were") kept.)\n"
    }
    StandardStreams.output(TextSanitizer.cleanLines(text))
  }
}
