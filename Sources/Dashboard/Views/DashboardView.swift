import TerminalUI
import TreatyModel

/// Draws the whole dashboard for a state into a fresh buffer.
///
/// Pure: the same state gives the same screen, which is what the snapshot tests read. Where
/// things go comes from ``DashboardLayout``, the value the reducer hit-tests with. Between
/// frames a view keeps wrapped text by its content (``WrapMemo``) and the drawings of the
/// header, overview, rights and news by everything each is drawn from (``KeptDrawing``), so
/// a key in one pane redraws that pane; the same state still gives the same screen.
public struct DashboardView: Sendable {
  /// The styles and glyphs.
  public var theme: Theme
  private let wraps = WrapMemo()
  private let header = KeptDrawing()
  private let overview = KeptDrawing()
  private let rights = KeptDrawing()
  private let news = KeptDrawing()

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
    let layout = DashboardLayout(state)
    header.draw(
      key(layout.header, false, .header(DrawingInputs.Header(state))), area: layout.header,
      into: &buffer
    ) { buffer in
      ProgressHeader(state: state, theme: theme).render(into: &buffer, area: layout.header)
    }
    if let strip = layout.tabStrip {
      var tabs = DashboardLayout.tabs(selecting: state.focus, divider: theme.tabDivider)
      tabs.style = theme.muted
      tabs.render(into: &buffer, area: strip)
    }
    for (pane, frame) in layout.panes {
      let focused = pane == state.focus
      switch pane {
      case .overview:
        overview.draw(
          key(frame, focused, .overview(DrawingInputs.Overview(state))), area: frame, into: &buffer
        ) { buffer in
          OverviewPane(state: state, theme: theme, wraps: wraps).render(
            into: &buffer, area: frame, isFocused: focused)
        }
      case .rights:
        rights.draw(
          key(frame, focused, .rights(DrawingInputs.Rights(state))), area: frame, into: &buffer
        ) {
          buffer in
          RightsPane(state: state, theme: theme, wraps: wraps).render(
            into: &buffer, area: frame, isFocused: focused)
        }
      case .news:
        news.draw(key(frame, focused, .news(DrawingInputs.News(state))), area: frame, into: &buffer)
        {
          buffer in
          NewsPane(state: state, theme: theme, wraps: wraps).render(
            into: &buffer, area: frame, isFocused: focused)
        }
      case .parties:
        if let geometry = layout.parties {
          PartiesPane(state: state, theme: theme, wraps: wraps).render(
            into: &buffer, geometry: geometry, isFocused: focused)
        }
      }
    }
    renderStatus(state, into: &buffer, area: layout.status)
    KeyHintBar(
      hints: Keymap.hints(for: state, ascii: theme.isASCII).map {
        KeyHint(key: $0.key, label: $0.label)
      },
      keyStyle: Style.plain.bold().reversed(), labelStyle: theme.muted, separator: "  "
    ).render(into: &buffer, area: layout.hints)
    switch state.modal {
    case .none: break
    case .help(let scroll):
      HelpOverlay(theme: theme, age: state.dataAge, scroll: scroll).render(
        into: &buffer, area: buffer.area)
    case .mark(let dialog):
      MarkDialogView(dialog: dialog, state: state, theme: theme).render(
        into: &buffer, area: buffer.area)
    case .step(let dialog):
      StepDialogView(dialog: dialog, theme: theme).render(into: &buffer, area: buffer.area)
    case .proposals(let list):
      ProposalsView(list: list, state: state, theme: theme).render(
        into: &buffer, area: buffer.area)
    case .datePrompt(let field, let error):
      let dates = state.model.depositDates
      var body: [Line] = [
        Line("See every pane, the gauge and the list as they stood on a date."),
        Line(
          "Deposits so far: \(dates.first?.description ?? "none") to \(dates.last?.description ?? "none")",
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

  /// The key of a kept drawing at `area`.
  private func key(_ area: Rect, _ isFocused: Bool, _ inputs: DrawingInputs) -> DrawingKey {
    DrawingKey(area: area, isFocused: isFocused, theme: theme, inputs: inputs)
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
