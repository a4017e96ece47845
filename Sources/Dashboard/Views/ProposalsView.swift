import TerminalUI
import TreatyModel

/// The proposals list: each proposal read from a notification or the news with where it
/// stands, and the selected one's source text and declarations below.
struct ProposalsView {
  let list: ListState
  let state: AppState
  let theme: Theme

  /// The most proposal rows shown at once.
  static let visibleRows = 8
  /// The most characters of the source text shown.
  static let excerptCharacters = 420
  /// The dialog's widest width.
  static let maximumWidth = 96

  func render(into buffer: inout Buffer, area: Rect) {
    let proposals = state.model.proposals
    let contentWidth = max(10, min(ProposalsView.maximumWidth, area.width) - 4)
    var body: [Line] = []
    if proposals.isEmpty {
      body.append(Line("No proposals yet.", style: theme.muted))
      body.append(Line("Import a notification: btap notifications import FILE", style: theme.muted))
    }
    let selected = list.selectedIndex ?? 0
    let first = max(0, min(selected - ProposalsView.visibleRows + 1, proposals.count))
    for index in first..<min(proposals.count, first + ProposalsView.visibleRows) {
      let line = Line(spans: row(proposals[index])).truncated(toWidth: contentWidth)
      body.append(index == selected ? line.patchingStyle(Style.plain.reversed()) : line)
    }
    if let proposal = state.selectedProposal {
      body.append(.empty)
      body.append(
        Line(spans: [Span("Status: ", style: theme.label), Span(proposal.status.detail)]))
      let event = proposal.event
      body.append(
        Line(spans: [Span("Source: ", style: theme.label), Span(TextSanitizer.clean(event.note))]))
      for declaration in event.declarations {
        body.append(
          Line(spans: [
            Span("Declaration: ", style: theme.label),
            Span(TextSanitizer.clean(declaration.summary)),
          ]))
      }
      var excerpt = TextSanitizer.clean(event.excerpt)
      if excerpt.count > ProposalsView.excerptCharacters {
        excerpt = String(excerpt.prefix(ProposalsView.excerptCharacters)) + "…"
      }
      body.append(Line("\u{201C}" + excerpt + "\u{201D}", style: theme.muted))
    }
    let waiting = state.model.waitingProposals
    Dialog(
      title: "Proposals: \(waiting) waiting", body: body,
      hint: Line("Enter record  ·  x dismiss  ·  u undo  ·  Esc close", style: theme.muted),
      maximumWidth: ProposalsView.maximumWidth, borderType: theme.border
    ).render(into: &buffer, area: area)
  }

  /// One row: status, party, kind, date, notification and how sure.
  private func row(_ proposal: ReviewedProposal) -> [Span] {
    let event = proposal.event
    let name = state.model.ledger.participant(code: event.partyCode)?.name ?? event.partyCode
    let statusStyle: Style
    switch proposal.status {
    case .proposed: statusStyle = theme.accent
    case .conflict: statusStyle = theme.warning
    case .confirmed, .dismissed: statusStyle = theme.muted
    }
    let status = proposal.status.keyword.padding(to: 10)
    var text = "\(event.kind.rawValue) by \(TextSanitizer.clean(name)) "
    text += event.isDateExact ? "on \(event.date)" : "reported \(event.date)"
    if let number = event.notification { text += "  No. \(number)" }
    text += event.confidence == .certain ? "" : "  (check)"
    return [Span(status, style: statusStyle), Span(text)]
  }
}

extension String {
  /// The string padded with spaces to at least `width` characters.
  fileprivate func padding(to width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}
