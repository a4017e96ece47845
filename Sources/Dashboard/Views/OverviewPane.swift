import TerminalUI
import TreatyModel

/// The overview: what the treaty is, why it matters, how it comes into force; key facts (those
/// that change with the data worded from the snapshot); the timeline up to the viewed date.
struct OverviewPane {
  let state: AppState
  let theme: Theme
  let wraps: WrapMemo

  /// Every line of the overview before wrapping.
  func lines() -> [Line] {
    let dataset = state.model.ledger.dataset
    var lines: [Line] = []
    for section in dataset.overview {
      lines.append(Line(section.heading, style: theme.heading))
      for paragraph in section.paragraphs {
        lines.append(Line(paragraph))
      }
      lines.append(.empty)
    }
    lines.append(Line("Key facts", style: theme.heading))
    for fact in DatedFacts.facts(of: state.snapshot) + dataset.keyFacts {
      lines.append(Line(spans: [Span(fact.label + ": ", style: theme.label), Span(fact.value)]))
    }
    lines.append(.empty)
    lines.append(Line("Timeline", style: theme.heading))
    for event in dataset.timeline where event.sortDate <= state.date {
      lines.append(
        Line(spans: [Span(event.shownDate, style: theme.label), Span("  " + event.event)]))
    }
    return lines
  }

  func render(into buffer: inout Buffer, area: Rect, isFocused: Bool) {
    let block = Block(
      title: Line(state.overviewShowsChart ? "1 Overview · the road so far" : "1 Overview"),
      borderType: theme.border, titleStyle: theme.heading, isFocused: isFocused)
    block.render(into: &buffer, area: area)
    let inner = block.inner(area).inset(horizontal: 1, vertical: 0)
    guard !inner.isEmpty else { return }
    if state.overviewShowsChart {
      let progress = state.snapshot.progress
      buffer.write(
        Line(spans: [
          Span("Parties over time", style: theme.heading),
          Span(
            "  ·  \(progress.parties) parties, \(progress.partiesInForce) bound on \(state.date)",
            style: theme.muted),
        ]), x: inner.x, y: inner.y, maxWidth: inner.width)
      GrowthChart(
        growth: TreatyGrowth(snapshot: state.snapshot), axisEnd: state.today, theme: theme
      ).render(into: &buffer, area: inner.inset(top: 1, left: 0, bottom: 0, right: 0))
      return
    }
    let wrapped = wraps.wrapped(lines(), width: inner.width)
    let offset = min(state.overviewScroll, max(0, wrapped.count - inner.height))
    let visible = Array(wrapped.dropFirst(offset).prefix(inner.height))
    Paragraph(lines: visible, wraps: false).render(into: &buffer, area: inner)
  }
}
