import TerminalUI
import TreatyModel

/// The rights: the 30 articles, and for the selected one its summary, the right it grants,
/// and which parties limited it by declaration.
struct RightsPane {
  let state: AppState
  let theme: Theme

  func render(into buffer: inout Buffer, area: Rect, isFocused: Bool) {
    let block = Block(
      title: Line("2 Rights"),
      rightTitle: Line("\(theme.substantiveGlyph) = substantive", style: theme.muted),
      borderType: theme.border, titleStyle: theme.heading, isFocused: isFocused)
    block.render(into: &buffer, area: area)
    let inner = block.inner(area)
    guard !inner.isEmpty else { return }
    let articles = state.model.ledger.dataset.articles
    let columns = Layout.horizontal([.percentage(46), .length(1), .fill(1)]).split(inner)
    let items = articles.map { article in
      Line(spans: [
        Span(article.isSubstantive ? theme.substantiveGlyph : " ", style: theme.accent),
        Span(
          article.number < 10 ? "  \(article.number) " : " \(article.number) ", style: theme.label),
        Span(article.title),
      ])
    }
    SelectableList(
      items: items, state: state.rightsList, selectionMarker: theme.selectionMarker
    ).render(into: &buffer, area: columns[0])
    guard let article = state.selectedArticle else { return }
    Paragraph(lines: detail(article)).render(
      into: &buffer, area: columns[2].inset(top: 0, left: 0, bottom: 0, right: 1))
  }

  /// The selected article's detail lines.
  func detail(_ article: Article) -> [Line] {
    var lines: [Line] = [
      Line("Art. \(article.number) · \(article.title)", style: theme.heading),
      Line(spans: [
        Span("Right: ", style: theme.label), Span(article.right.label),
        Span(article.isSubstantive ? "  ·  substantive" : "", style: theme.muted),
      ]),
      Line(article.summary),
      .empty,
    ]
    let model = state.model
    let declarations = model.ledger.dataset.declarations.filter {
      $0.articles.contains(article.number)
    }
    let visible = declarations.filter { declaration in
      guard let party = model.ledger.participant(code: declaration.partyCode),
        let deposit = party.depositDate
      else { return false }
      return deposit <= state.date
    }
    if visible.isEmpty {
      if article.number == 11 || article.isSubstantive {
        lines.append(Line("No party has limited it by a recorded declaration.", style: theme.muted))
      }
    } else {
      lines.append(Line("Limited by declaration:", style: theme.label))
      for declaration in visible {
        let name =
          model.ledger.participant(code: declaration.partyCode)?.name ?? declaration.partyCode
        let paragraphs = declaration.paragraphs.joined(separator: ", ")
        let status = declaration.status == .unverified ? " (unverified)" : ""
        lines.append(
          Line(spans: [
            Span("• \(name)", style: theme.accent),
            Span(" Art. \(paragraphs)\(status): ", style: theme.muted),
            Span(declaration.summary),
          ]))
      }
    }
    return lines
  }
}
