/// A one-row bar of key hints such as `q Quit  / Filter  ? Help`.
///
/// Keys are bold and reversed by default so they stand out without colour. When the bar is
/// too narrow it is cut from the right and ends with `…`.
public struct KeyHintBar: Widget, Hashable, Sendable {
  /// The hints, left to right.
  public var hints: [KeyHint]
  /// The style of each key.
  public var keyStyle: Style
  /// The style of each label.
  public var labelStyle: Style
  /// The text between two hints.
  public var separator: String

  /// Creates a bar from hints.
  public init(
    hints: [KeyHint], keyStyle: Style = Style.plain.bold(), labelStyle: Style = .plain,
    separator: String = "  "
  ) {
    self.hints = hints
    self.keyStyle = keyStyle
    self.labelStyle = labelStyle
    self.separator = separator
  }

  /// Creates a bar from `(key, label)` pairs.
  public init(_ hints: [(key: String, label: String)]) {
    self.init(hints: hints.map { KeyHint(key: $0.key, label: $0.label) })
  }

  /// The whole bar as one styled line, before truncation.
  public var line: Line {
    var spans: [Span] = []
    for (index, hint) in hints.enumerated() {
      if index > 0 { spans.append(Span(separator, style: labelStyle)) }
      spans.append(Span(hint.key, style: keyStyle))
      spans.append(Span(" " + hint.label, style: labelStyle))
    }
    return Line(spans: spans)
  }

  /// Draws the bar on the first row of `area`.
  public func render(into buffer: inout Buffer, area: Rect) {
    let area = area.intersection(buffer.area)
    guard !area.isEmpty else { return }
    buffer.write(line.truncated(toWidth: area.width), x: area.x, y: area.y, maxWidth: area.width)
  }
}
