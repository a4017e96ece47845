import TerminalUI
import TreatyModel

/// The help overlay: how old the data is and how to bring it up to date, every key of the
/// panes and of the map, drawn from ``Keymap``'s tables (the ones that turn keys into
/// actions), and the status legend.
struct HelpOverlay {
  let theme: Theme
  /// How old what btap knows is, from the model.
  let age: DataAge
  /// How many lines the help is scrolled down.
  let scroll: Int

  /// The widest the dialog gets.
  static let maximumWidth = 100

  /// Every line of the help, before it is scrolled and cut to the dialog's width.
  func lines() -> [Line] {
    // The targets view's way back is the key that opened it, listed once.
    let bindings =
      Keymap.bindings + Keymap.mapBindings
      + Keymap.targetBindings.filter { $0.entries.first?.action != .toggleTargets }
    let keyWidth = bindings.map { DisplayWidth.of($0.keysLabel(ascii: theme.isASCII)) }.max() ?? 10
    // How old the data is comes first, so it is on the first page at any size.
    var body: [Line] = []
    body.append(
      Line(spans: [
        Span("Data: ", style: theme.muted),
        Span(
          "known as of \(age.knownAsOf), \(age.span) old",
          style: age.isStale ? theme.warning : Style.plain),
      ]))
    body.append(Line("To bring it up to date, mark each new deposit with m (or btap mark),"))
    body.append(Line("and fetch the news with R from the feeds you follow (btap feeds add URL)."))
    body.append(.empty)
    for binding in bindings {
      var context = ""
      if case .pane(let pane) = binding.context {
        if Keymap.mapBindings.contains(binding) {
          context = "  (map)"
        } else if Keymap.targetBindings.contains(binding) {
          context = "  (targets)"
        } else {
          context = "  (\(pane.title))"
        }
      }
      body.append(
        Line(spans: [
          Span(
            binding.keysLabel(ascii: theme.isASCII).padded(to: keyWidth + 2), style: theme.accent),
          Span(binding.description),
          Span(context, style: theme.muted),
        ]))
    }
    body.append(.empty)
    // The legend, in two lines so it fits 80 columns.
    let kinds = StatusKind.allCases
    let half = (kinds.count + 1) / 2
    for (index, part) in [kinds[..<half], kinds[half...]].enumerated() {
      var legend = [Span(index == 0 ? "Status: " : "        ", style: theme.muted)]
      for kind in part {
        legend.append(Span(theme.glyph(for: kind), style: theme.style(for: kind)))
        legend.append(Span(" \(kind.legend)  ", style: theme.muted))
      }
      if index == 1 {
        legend.append(Span(theme.markedGlyph, style: theme.marked))
        legend.append(Span(" your mark", style: theme.muted))
      }
      body.append(Line(spans: legend))
    }
    body.append(.empty)
    body.append(Line("In the step dialog (w):", style: theme.muted))
    for binding in Keymap.stepDialogBindings {
      body.append(
        Line(spans: [
          Span(
            binding.keysLabel(ascii: theme.isASCII).padded(to: keyWidth + 2), style: theme.accent),
          Span(binding.description),
        ]))
    }
    // The stages, two a line so they fit 80 columns.
    let stages = PipelineStage.allCases
    for start in stride(from: 0, to: stages.count, by: 2) {
      let pair = stages[start..<min(start + 2, stages.count)]
      body.append(
        Line(spans: [
          Span(start == 0 ? "Stages: " : "        ", style: theme.muted),
          Span(
            pair.map { "\($0.number) \($0.title)" }.joined(
              separator: theme.isASCII ? "  -  " : "  ·  ")),
        ]))
    }
    return body
  }

  func render(into buffer: inout Buffer, area: Rect) {
    let body = lines()
    let rows = HelpLayout.visibleRows(in: area.size, lineCount: body.count)
    let start = max(0, min(scroll, body.count - rows))
    // One row a line: cut rather than wrapped, so the rows counted are the rows drawn.
    let width = max(1, min(HelpOverlay.maximumWidth, area.width) - 4)
    let shown = body[start..<min(body.count, start + rows)].map {
      $0.truncated(toWidth: width, ellipsis: theme.isASCII ? "..." : "…")
    }
    let separator = theme.isASCII ? "  -  " : "  ·  "
    let down = theme.isASCII ? "Down" : "↓"
    let up = theme.isASCII ? "Up" : "↑"
    let more =
      start + rows < body.count
      ? "\(separator)j or \(down) for more" : (start > 0 ? "\(separator)k or \(up) to go back" : "")
    Dialog(
      title: "Keys", body: shown,
      hint: Line("Esc or ? closes" + more, style: theme.muted),
      maximumWidth: HelpOverlay.maximumWidth, borderType: theme.border
    ).render(into: &buffer, area: area)
  }
}
