import TerminalUI
import TreatyModel

/// The rights: the 30 articles, and for the selected one its class, its summary, what it
/// reaches and which parties limited it by a recorded declaration.
struct RightsPane {
  let state: AppState
  let theme: Theme
  let wraps: WrapMemo

  func render(into buffer: inout Buffer, area: Rect, isFocused: Bool) {
    let block = Block(
      title: Line("2 Rights"),
      rightTitle: Line("\(theme.performersRightGlyph) = right of performers", style: theme.muted),
      borderType: theme.border, titleStyle: theme.heading, isFocused: isFocused)
    block.render(into: &buffer, area: area)
    let inner = block.inner(area)
    guard !inner.isEmpty else { return }
    let articles = state.model.ledger.dataset.articles
    let columns = DashboardLayout.rightsColumns(inner)
    let items = articles.map { article in
      Line(spans: [
        Span(
          article.articleClass.isPerformersRight ? theme.performersRightGlyph : " ",
          style: theme.accent),
        Span(
          article.number < 10 ? "  \(article.number) " : " \(article.number) ", style: theme.label),
        Span(article.title),
      ])
    }
    SelectableList(
      items: items, state: state.rights, selectionMarker: theme.selectionMarker
    ).render(into: &buffer, area: columns.list)
    guard let article = state.selectedArticle else { return }
    wraps.render(
      detail(article), into: &buffer,
      area: columns.detail.inset(top: 0, left: 0, bottom: 0, right: 1))
  }

  /// The selected article's detail lines.
  func detail(_ article: Article) -> [Line] {
    var lines: [Line] = [
      Line("Art. \(article.number) · \(article.title)", style: theme.heading),
      Line(spans: [
        Span("Class: ", style: theme.label), Span(article.articleClass.label),
        Span(article.isSubstantive ? "  ·  substantive part" : "", style: theme.muted),
      ]),
    ]
    if let reach = article.reachDescription {
      lines.append(Line(spans: [Span("Reaches: ", style: theme.label), Span(reach)]))
    }
    lines += [Line(article.summary), .empty]
    let model = state.model
    let declarations = model.ledger.declarations.filter {
      $0.articles.contains(article.number)
    }
    let visible = declarations.filter { declaration in
      state.snapshot.standing(code: declaration.partyCode)?.depositDate != nil
    }
    if visible.isEmpty {
      if article.articleClass.isPerformersRight {
        lines.append(Line("No declaration recorded for it.", style: theme.muted))
      }
    } else {
      lines.append(Line("Declarations recorded:", style: theme.label))
      for declaration in visible {
        let name =
          state.snapshot.standing(code: declaration.partyCode)?.name ?? declaration.partyCode
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
