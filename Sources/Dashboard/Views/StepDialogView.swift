import TerminalUI
import TreatyModel

/// The step dialog: the stages to choose from, the chosen one explained, and the date, source
/// and note fields, the one being typed marked.
///
/// ```
/// ╭Record a step for Ghana──────────────────────────────╮
/// │ Stage:                                               │
/// │  ○ 1 consultation opened                             │
/// │  ◉ 2 before parliament                               │
/// ```
struct StepDialogView {
  /// The widest the dialog is drawn, borders included.
  static let maximumWidth = 76
  /// The columns the field labels take.
  static let labelWidth = 10

  let dialog: StepDialogState
  let theme: Theme

  func render(into buffer: inout Buffer, area: Rect) {
    let contentWidth = max(1, min(StepDialogView.maximumWidth, area.width) - 4)
    var body: [Line] = [Line("Stage:", style: theme.label)]
    for stage in PipelineStage.allCases {
      let chosen = stage == dialog.stage
      let box = chosen ? (theme.isASCII ? "(*)" : "◉") : (theme.isASCII ? "( )" : "○")
      body.append(
        Line(
          " \(box) \(stage.number) \(stage.title)",
          style: chosen ? Style.plain.bold().reversed() : .plain))
    }
    body.append(Line("   " + dialog.stage.explanation, style: theme.muted))
    body.append(.empty)
    let firstFieldRow = body.count
    for field in StepDialogState.Field.allCases {
      let focused = field == dialog.focus
      let pointer = focused ? (theme.isASCII ? "> " : "▸ ") : "  "
      body.append(
        Line(
          (pointer + field.label).padded(to: StepDialogView.labelWidth),
          style: focused ? theme.label.bold() : theme.muted))
    }
    if let error = dialog.error {
      body.append(Line(error, style: theme.error))
    }
    body = body.map { $0.truncated(toWidth: contentWidth) }
    // A blank line as wide as the dialog may be, so the fields get the full width.
    body.append(Line(String(repeating: " ", count: contentWidth)))
    let arrows = theme.isASCII ? "up/down" : "↑↓"
    let frame = Dialog(
      title: "Record a step for \(dialog.partyName)", body: body,
      hint: Line("\(arrows) stage  ·  Tab field  ·  Enter save  ·  Esc cancel", style: theme.muted),
      maximumWidth: StepDialogView.maximumWidth, borderType: theme.border)
    frame.render(into: &buffer, area: area)
    let content = frame.frame(in: area.intersection(buffer.area))
      .inset(top: 1, left: 2, bottom: 1, right: 2)
    for field in StepDialogState.Field.allCases {
      var text = dialog.text(of: field)
      text.showsCursor = field == dialog.focus
      let y = content.y + firstFieldRow + field.rawValue
      guard y < content.maxY else { continue }
      text.render(
        into: &buffer,
        area: Rect(
          x: content.x + StepDialogView.labelWidth, y: y,
          width: max(0, content.width - StepDialogView.labelWidth), height: 1))
    }
  }
}
