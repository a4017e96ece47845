import TerminalUI
import TreatyModel

/// Draws the whole dashboard for a state into a fresh buffer.
///
/// Pure: the same state gives the same screen, which is what the snapshot tests read. A view
/// keeps wrapped text and the drawings of the parts a key seldom changes between frames,
/// keyed by what they are drawn from; the model is known by its revision, which every new
/// model must change (the run loop's models do).
public struct DashboardView: Sendable {
  /// The styles and glyphs.
  public var theme: Theme
  /// Wrapped text kept between frames (the same state still gives the same screen).
  private let cache = WrapCache()
  /// Drawings of the parts a key seldom changes, kept between frames.
  private let drawings = PaneDrawings()

  /// A view with a theme.
  public init(theme: Theme = Theme()) {
    self.theme = theme
  }

  /// The screen for `state`.
  public func render(_ state: AppState) -> Buffer {
    var buffer = Buffer(width: state.size.width, height: state.size.height)
    if state.isTooSmall {
      renderTooSmall(state, into: &buffer)
      return buffer
    }
    let layout = DashboardLayout.compute(state)
    drawings.draw(
      key(.header(viewedDate: state.viewedDate, today: state.today), layout.header, false, state),
      into: &buffer
    ) { buffer in
      ProgressHeader(state: state, theme: theme).render(into: &buffer, area: layout.header)
    }
    if let tabs = layout.tabs {
      Tabs(
        titles: Pane.allCases.map { Line("\($0.number) \($0.title)") },
        selectedIndex: state.focus.rawValue, style: theme.muted,
        selectedStyle: Style.plain.bold().reversed(), divider: theme.isASCII ? " | " : " │ "
      ).render(into: &buffer, area: tabs)
    }
    for (pane, frame) in layout.panes {
      let focused = pane == state.focus
      switch pane {
      case .overview:
        drawings.draw(
          key(.overview(scroll: state.overviewScroll), frame, focused, state), into: &buffer
        ) { buffer in
          OverviewPane(state: state, theme: theme, cache: cache).render(
            into: &buffer, area: frame, isFocused: focused)
        }
      case .rights:
        drawings.draw(key(.rights(list: state.rightsList), frame, focused, state), into: &buffer) {
          buffer in
          RightsPane(state: state, theme: theme).render(
            into: &buffer, area: frame, isFocused: focused)
        }
      case .news:
        drawings.draw(
          key(
            .news(list: state.newsList, isDetailOpen: state.isNewsDetailOpen), frame, focused,
            state),
          into: &buffer
        ) { buffer in
          NewsPane(state: state, theme: theme).render(
            into: &buffer, area: frame, isFocused: focused)
        }
      case .parties:
        PartiesPane(state: state, theme: theme).render(
          into: &buffer, area: frame, isFocused: focused)
      }
    }
    renderStatus(state, into: &buffer, area: layout.status)
    KeyHintBar(
      hints: Keymap.hints(for: state).map { KeyHint(key: $0.key, label: $0.label) },
      keyStyle: Style.plain.bold().reversed(), labelStyle: theme.muted, separator: "  "
    ).render(into: &buffer, area: layout.hints)
    switch state.modal {
    case .none: break
    case .help: HelpOverlay(theme: theme).render(into: &buffer, area: buffer.area)
    case .mark(let dialog):
      MarkDialogView(dialog: dialog, state: state, theme: theme).render(
        into: &buffer, area: buffer.area)
    case .datePrompt(let field, let error):
      var body: [Line] = [
        Line("See every pane, the gauge and the list as they stood on a date."),
        Line(
          "Deposits so far: \(state.depositDates.first?.description ?? "none") to \(state.depositDates.last?.description ?? "none")",
          style: theme.muted),
      ]
      if let error { body.append(Line(error, style: theme.error)) }
      Dialog(
        title: "View as of (YYYY-MM-DD)", body: body, textField: field,
        hint: Line("Enter view  ·  Esc cancel", style: theme.muted),
        borderType: theme.border
      ).render(into: &buffer, area: buffer.area)
    }
    return buffer
  }

  /// The key a kept drawing of `part` at `area` is found under.
  private func key(
    _ part: PaneDrawings.Part, _ area: Rect, _ isFocused: Bool, _ state: AppState
  ) -> PaneDrawings.Key {
    PaneDrawings.Key(
      part: part, area: area, isFocused: isFocused, theme: theme,
      revision: state.model.revision, date: state.date)
  }

  private func renderStatus(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    guard let status = state.status else {
      let undo = state.model.undoTarget.map { "u undoes: " + state.model.describe($0) }
      buffer.write(
        " " + (undo ?? "Ready"), x: area.x, y: area.y, maxWidth: area.width, style: theme.muted)
      return
    }
    let style = status.kind == .error ? theme.error : Style.plain
    let prefix = status.kind == .error ? (theme.isASCII ? " ! " : " ✖ ") : " "
    buffer.write(prefix + status.text, x: area.x, y: area.y, maxWidth: area.width, style: style)
  }

  private func renderTooSmall(_ state: AppState, into buffer: inout Buffer) {
    let minimum = AppState.minimumSize
    let lines = [
      Line("Terminal too small", style: theme.heading),
      Line("btap needs \(minimum.width)×\(minimum.height);"),
      Line("this one is \(state.size.width)×\(state.size.height)."),
      Line("Enlarge it, or press q.", style: theme.muted),
    ]
    let top = max(0, (state.size.height - lines.count) / 2)
    for (offset, line) in lines.enumerated() {
      let x = max(0, (state.size.width - line.width) / 2)
      buffer.write(line, x: x, y: top + offset, maxWidth: state.size.width)
    }
  }
}
