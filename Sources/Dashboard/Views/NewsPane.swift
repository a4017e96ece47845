import TerminalUI
import TreatyModel

/// The news: a dated list with new and unread items marked, and the selected item's detail.
///
/// An item that arrived (from a fetch or an import) since the dashboard was last closed is
/// marked new; an unread one otherwise gets the unread mark.
struct NewsPane {
  let state: AppState
  let theme: Theme
  let wraps: WrapMemo

  func render(into buffer: inout Buffer, area: Rect, isFocused: Bool) {
    let news = state.model.news
    let unread = state.model.unreadCount
    var counts = unread == 0 ? "all read" : "\(unread) unread"
    if !state.newNews.isEmpty { counts = "\(state.newNews.count) new · " + counts }
    let block = Block(
      title: Line("3 News"),
      rightTitle: Line(counts, style: theme.muted),
      borderType: theme.border, titleStyle: theme.heading, isFocused: isFocused)
    block.render(into: &buffer, area: area)
    let inner = block.inner(area)
    guard !inner.isEmpty else { return }
    if state.news.mode == .detail, let item = state.selectedNews {
      wraps.render(detail(item), into: &buffer, area: inner.inset(horizontal: 1, vertical: 0))
      return
    }
    // Only the rows on screen are built.
    let (rows, window) = state.news.list.window(viewHeight: inner.height)
    let items = news[rows].map { item -> Line in
      let isRead = state.model.readState.isRead(item.id)
      let isNew = state.newNews.contains(item.id)
      return Line(spans: [
        Span(
          isNew ? theme.newGlyph : isRead ? " " : theme.unreadGlyph,
          style: isNew ? theme.marked : theme.accent),
        Span(" \(String(item.date.description.prefix(7)))  ", style: theme.label),
        Span(item.title, style: isRead ? .plain : Style.plain.bold()),
      ])
    }
    SelectableList(
      items: items, state: window, selectionMarker: theme.selectionMarker,
      emptyText: "No news"
    ).render(into: &buffer, area: inner)
  }

  /// The detail lines of a news item.
  func detail(_ item: NewsItem) -> [Line] {
    [
      Line(item.title, style: theme.heading),
      Line(
        spans: [
          Span(item.shownDate, style: theme.label), Span("  ·  \(item.origin)", style: theme.muted),
        ] + (state.newNews.contains(item.id) ? [Span("  ·  new", style: theme.marked)] : [])),
      .empty,
      Line(item.summary),
      .empty,
      Line(spans: [Span("Link: ", style: theme.label), Span(item.shownLink)]),
      Line(
        Subscription.isFetchable(item.link)
          ? "o: open the link in your browser  ·  Esc: back to the list"
          : "Esc: back to the list", style: theme.muted),
    ]
  }
}
