/// A centred modal box: title, body text, an optional text field, buttons and a hint line.
///
/// The dialog clears everything under its frame before drawing, so it reads cleanly over any
/// screen. Its frame is sized to the content (at most ``maximumWidth`` columns) and clipped
/// to the area. The selected button is bracketed and reversed, visible without colour:
///
/// ```
/// ┌Quit?─────────────┐
/// │ Save first       │
/// │                  │
/// │ < No >   [ Yes ] │
/// └──────────────────┘
/// ```
public struct Dialog: Widget, Hashable, Sendable {
  /// The title on the top border.
  public var title: String
  /// The body text, wrapped to the dialog width.
  public var body: [Line]
  /// An optional input field shown under the body.
  public var textField: TextField?
  /// Button labels, left to right.
  public var buttons: [String]
  /// The index of the selected button.
  public var selectedButton: Int
  /// A dimmed line at the bottom, such as the keys that confirm or cancel.
  public var hint: Line?
  /// The widest the dialog may be, borders included.
  public var maximumWidth: Int
  /// The border characters.
  public var borderType: BorderType
  /// The style of the frame background and body text.
  public var style: Style

  /// Creates a dialog.
  public init(
    title: String, body: [Line] = [], textField: TextField? = nil, buttons: [String] = [],
    selectedButton: Int = 0, hint: Line? = nil, maximumWidth: Int = 60,
    borderType: BorderType = .light, style: Style = .plain
  ) {
    self.title = title
    self.body = body
    self.textField = textField
    self.buttons = buttons
    self.selectedButton = selectedButton
    self.hint = hint
    self.maximumWidth = maximumWidth
    self.borderType = borderType
    self.style = style
  }

  /// The button row as a styled line, the selected button bracketed with `<` `>` and reversed.
  public var buttonLine: Line {
    var spans: [Span] = []
    for (index, label) in buttons.enumerated() {
      if index > 0 { spans.append(Span("   ", style: style)) }
      if index == selectedButton {
        spans.append(Span("< \(label) >", style: style.bold().reversed()))
      } else {
        spans.append(Span("[ \(label) ]", style: style))
      }
    }
    return Line(spans: spans)
  }

  /// The frame the dialog occupies when centred in `area`.
  public func frame(in area: Rect) -> Rect {
    let contentLimit = max(1, min(maximumWidth, area.width) - 4)
    var contentWidth = max(DisplayWidth.of(title) + 1, buttonLine.width, hint?.width ?? 0)
    for line in body { contentWidth = max(contentWidth, line.width) }
    if textField != nil { contentWidth = max(contentWidth, 24) }
    contentWidth = min(contentWidth, contentLimit)
    let height = 2 + rowCount(contentWidth: contentWidth)
    return area.centered(width: contentWidth + 4, height: height)
  }

  /// The number of content rows at the given content width.
  private func rowCount(contentWidth: Int) -> Int {
    var rows = Paragraph(lines: body).wrappedLines(width: contentWidth).count
    if textField != nil { rows += body.isEmpty ? 1 : 2 }
    if !buttons.isEmpty { rows += rows > 0 ? 2 : 1 }
    if hint != nil { rows += 1 }
    return rows
  }

  /// The rectangle of the text field inside `area`, for placing the terminal cursor.
  public func textFieldArea(in area: Rect) -> Rect? {
    guard textField != nil else { return nil }
    let content = frame(in: area).inset(top: 1, left: 2, bottom: 1, right: 2)
    let bodyRows = Paragraph(lines: body).wrappedLines(width: content.width).count
    let y = content.y + bodyRows + (body.isEmpty ? 0 : 1)
    return Rect(x: content.x, y: y, width: content.width, height: 1).intersection(content)
  }

  /// Clears the frame and draws the dialog centred in `area`.
  public func render(into buffer: inout Buffer, area: Rect) {
    let frame = frame(in: area.intersection(buffer.area))
    guard !frame.isEmpty else { return }
    buffer.fill(frame, with: Cell(symbol: " ", style: style))
    Block(
      title: Line(title, style: style.bold()), borderType: borderType, borderStyle: style
    ).render(into: &buffer, area: frame)
    let content = frame.inset(top: 1, left: 2, bottom: 1, right: 2)
    guard !content.isEmpty else { return }
    var y = content.y
    let bodyLines = Paragraph(lines: body, style: style).wrappedLines(width: content.width)
    for line in bodyLines where y < content.maxY {
      buffer.write(line, x: content.x, y: y, maxWidth: content.width)
      y += 1
    }
    if let textField {
      if !body.isEmpty { y += 1 }
      if y < content.maxY {
        textField.render(
          into: &buffer, area: Rect(x: content.x, y: y, width: content.width, height: 1))
      }
      y += 1
    }
    if let hint {
      let hintLine = hint.patchingStyle(Style.plain.dim()).truncated(toWidth: content.width)
      buffer.write(hintLine, x: content.x, y: content.maxY - 1, maxWidth: content.width)
    }
    if !buttons.isEmpty {
      if y > content.y { y += 1 }
      let line = buttonLine.truncated(toWidth: content.width)
      let x = content.x + (content.width - line.width) / 2
      if y < content.maxY - (hint == nil ? 0 : 1) {
        buffer.write(line, x: x, y: y, maxWidth: content.maxX - x)
      }
    }
  }
}
