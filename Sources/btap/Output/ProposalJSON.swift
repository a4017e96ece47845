import TerminalUI
import TreatyModel

/// Writes proposals as a JSON array, one object per proposal, with its party, declarations
/// and source as nested objects.
enum ProposalJSON {
  /// The JSON text, ending with a line feed.
  static func write(_ proposals: [ReviewedProposal], ledger: Ledger) -> String {
    guard !proposals.isEmpty else { return "[]\n" }
    let string = { (text: String) in JSONWriter.string(TextSanitizer.clean(text)) }
    var objects: [String] = []
    for proposal in proposals {
      let event = proposal.event
      let name = ledger.participant(code: event.partyCode)?.name ?? event.partyCode
      let declarations = event.declarations.map { declaration in
        "{\"text\": \(string(declaration.text)), \"articles\": ["
          + declaration.paragraphs.map(string).joined(separator: ", ") + "]}"
      }
      var detail = ""
      switch proposal.status {
      case .confirmed(let source): detail = source
      case .conflict(let known): detail = known
      default: break
      }
      let fields = [
        "\"id\": \(string(event.id))",
        "\"status\": \(string(proposal.status.keyword))",
        "\"status_detail\": \(string(detail))",
        "\"party\": {\"name\": \(string(name)), \"code\": \(string(event.partyCode))}",
        "\"kind\": \(string(event.kind.rawValue))",
        "\"deposit_date\": \(string(event.date.description))",
        "\"date_exact\": \(event.isDateExact)",
        "\"notification\": \(event.notification.map(String.init) ?? "null")",
        "\"confidence\": \(string(event.confidence.rawValue))",
        "\"declarations\": [" + declarations.joined(separator: ", ") + "]",
        "\"source\": {\"kind\": \(string(event.source.kind.rawValue)), "
          + "\"reference\": \(string(event.source.reference)), \"link\": \(string(event.source.link))}",
        "\"text\": \(string(event.excerpt))",
      ]
      objects.append("  {" + fields.joined(separator: ", ") + "}")
    }
    return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
  }
}
