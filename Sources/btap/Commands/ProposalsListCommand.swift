import ArgumentParser
import TreatyModel

/// `btap proposals [list]`: every proposal with where it stands.
struct ProposalsListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the proposals, newest first (the default proposals command).",
    discussion: """
      Proposals come from the notifications you imported and from the news (shipped and \
      imported). Each is proposed (new), confirmed (btap already knows it), conflict (btap \
      knows another kind or date) or dismissed. JSON gives one object per proposal: id, \
      status, status_detail, party (name, code), kind, deposit_date, date_exact, \
      notification, confidence, declarations (text, articles), source (kind, reference, \
      link) and text.
      """)

  /// The formats this list offers.
  enum Format: String, CaseIterable, ExpressibleByArgument {
    /// Aligned columns (linear text with `--plain`).
    case table
    /// A JSON array of objects.
    case json
  }

  @OptionGroup var global: GlobalOptions

  @Option(help: "Output format: table or json.")
  var format: Format = .table

  mutating func run() throws {
    let context = try CommandContext.open(global.settings)
    let workspace = context.workspace
    let recogniser = workspace.recogniser
    let proposals = workspace.reviewedProposals(using: recogniser)
    if format == .json {
      StandardStreams.output(ProposalJSON.write(proposals, ledger: workspace.ledger))
      return
    }
    if proposals.isEmpty {
      StandardStreams.output(
        "No proposals. Import a notification with 'btap notifications import FILE'.\n")
      return
    }
    var table = RecordTable(columns: [
      .init(key: "id", label: "Id"), .init(key: "status", label: "Status"),
      .init(key: "party", label: "Party"), .init(key: "kind", label: "Kind"),
      .init(key: "date", label: "Date"), .init(key: "notification", label: "Notice"),
      .init(key: "confidence", label: "Sure"), .init(key: "detail", label: "Detail"),
    ])
    for proposal in proposals {
      let event = proposal.event
      var detail = proposal.status.detail
      if !event.declarations.isEmpty {
        detail += "; " + Wording.count(event.declarations.count, "declaration", "declarations")
      }
      table.append([
        event.id, proposal.status.keyword,
        workspace.ledger.participant(code: event.partyCode)?.name ?? event.partyCode,
        event.kind.rawValue, event.isDateExact ? event.date.description : "~\(event.date)",
        event.notification.map { "No. \($0)" } ?? "", event.confidence.rawValue, detail,
      ])
    }
    StandardStreams.output(RecordTableOutput.render(table, format: .table, style: context.style))
  }
}
