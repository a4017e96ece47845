import ArgumentParser
import TreatyModel

/// `btap show PARTY`: everything known about one state or organization.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show everything known about one party, signatory or eligible state.")

  @OptionGroup var global: GlobalOptions

  @Argument(help: "A name (case and accents do not matter) or an ISO 3166 alpha-2 code.")
  var party: String

  mutating func run() throws {
    let context = try CommandContext.open(global.settings)
    let ledger = context.workspace.ledger
    let participant = try PartyLookup.find(party, in: ledger)
    let snapshot = TreatySnapshot(ledger: ledger, on: context.today)
    guard let standing = snapshot.standing(code: participant.code) else { return }
    let report = PartyReport(
      standing: standing, ledger: ledger, journal: context.workspace.store.journal)
    StandardStreams.output(report.text(plain: context.style.plain))
  }
}
