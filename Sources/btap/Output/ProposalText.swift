import TreatyModel

/// How a proposal is worded on the command line.
enum ProposalText {
  /// `Beijing Notification No. 51: ratification by France on 2026-03-03, certain, 1
  /// declaration (Art. 11(3))`.
  static func describe(_ event: ProposedEvent, ledger: Ledger) -> String {
    let name = ledger.participant(code: event.partyCode)?.name ?? event.partyCode
    var text = event.notification.map { "Beijing Notification No. \($0): " } ?? ""
    text += "\(event.kind.rawValue) by \(name) "
    text += event.isDateExact ? "on \(event.date)" : "reported on \(event.date)"
    text += event.confidence == .certain ? " (certain)" : " (check before recording)"
    if !event.declarations.isEmpty {
      let count = Wording.count(event.declarations.count, "declaration", "declarations")
      let cited = event.declarations.flatMap(\.paragraphs)
      text += ", \(count)" + (cited.isEmpty ? "" : " (Art. " + cited.joined(separator: ", ") + ")")
    }
    return text
  }
}
