import TerminalUI

/// The help overlay: every effective key, from ``Keymap/bindings``.
struct HelpOverlay {
  let theme: Theme

  func render(into buffer: inout Buffer, area: Rect) {
    let keyWidth = Keymap.bindings.map { DisplayWidth.of($0.keys) }.max() ?? 10
    var body: [Line] = []
    for binding in Keymap.bindings {
      let context = binding.context == "everywhere" ? "" : "  (\(binding.context))"
      body.append(
        Line(spans: [
          Span(binding.keys.padded(to: keyWidth + 2), style: theme.accent),
          Span(binding.description),
          Span(context, style: theme.muted),
        ]))
    }
    body.append(.empty)
    body.append(
      Line(
        "Status: ● in force  ◐ bound later  ○ signatory  · not signed  ◑ leaving  × left  ✎ your mark",
        style: theme.muted))
    Dialog(
      title: "Keys", body: body, hint: Line("Esc or ? closes", style: theme.muted),
      maximumWidth: 100, borderType: theme.border
    ).render(into: &buffer, area: area)
  }
}
