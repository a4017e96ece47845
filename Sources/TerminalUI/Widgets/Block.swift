/// A bordered box with an optional title, right-aligned title and footer.
///
/// A focused block is visible without colour: its border switches to the emphasised variant
/// of its type (``BorderType/focusedVariant``, heavy lines or `#=`), the border and title
/// become bold, and the title is preceded by ``focusMarker``:
///
/// ```
/// ┏▶Parties━━━━━━━┓
/// ┃               ┃
/// ┗━━━━━━━━━━━━━━━┛
/// ```
///
/// Use ``inner(_:)`` for the area inside the border. The block does not clear that area.
public struct Block: Widget, Hashable, Sendable {
  /// The title on the top border, left-aligned after the corner.
  public var title: Line?
  /// A second title on the top border, right-aligned before the corner.
  public var rightTitle: Line?
  /// A line on the bottom border, right-aligned before the corner.
  public var footer: Line?
  /// The border characters when not focused.
  public var borderType: BorderType
  /// The style of the border characters.
  public var borderStyle: Style
  /// The style laid over the titles and footer.
  public var titleStyle: Style
  /// Whether the block has keyboard focus.
  public var isFocused: Bool
  /// The glyph drawn before the title of a focused block (`▶`, or `>` for ASCII borders).
  public var focusMarker: String

  /// Creates a block.
  public init(
    title: Line? = nil, rightTitle: Line? = nil, footer: Line? = nil,
    borderType: BorderType = .light, borderStyle: Style = .plain, titleStyle: Style = .plain,
    isFocused: Bool = false, focusMarker: String? = nil
  ) {
    self.title = title
    self.rightTitle = rightTitle
    self.footer = footer
    self.borderType = borderType
    self.borderStyle = borderStyle
    self.titleStyle = titleStyle
    self.isFocused = isFocused
    self.focusMarker = focusMarker ?? (borderType.isASCII ? ">" : "▶")
  }

  /// Creates a block with a plain-text title.
  public init(title: String, borderType: BorderType = .light, isFocused: Bool = false) {
    self.init(title: Line(title), borderType: borderType, isFocused: isFocused)
  }

  /// The area inside the border.
  public func inner(_ area: Rect) -> Rect {
    area.inset(by: 1)
  }

  /// The border type actually drawn, taking focus into account.
  public var effectiveBorderType: BorderType {
    isFocused ? borderType.focusedVariant : borderType
  }

  /// Draws the border and titles into `area` (nothing when it is under 2×2).
  public func render(into buffer: inout Buffer, area: Rect) {
    let area = area.intersection(buffer.area)
    guard area.width >= 2, area.height >= 2 else { return }
    let symbols = effectiveBorderType.symbols
    let style = isFocused ? borderStyle.bold() : borderStyle
    let right = area.maxX - 1
    let bottom = area.maxY - 1
    for column in (area.x + 1)..<right {
      buffer[column, area.y] = Cell(symbol: symbols.horizontal, style: style)
      buffer[column, bottom] = Cell(symbol: symbols.horizontal, style: style)
    }
    for row in (area.y + 1)..<bottom {
      buffer[area.x, row] = Cell(symbol: symbols.vertical, style: style)
      buffer[right, row] = Cell(symbol: symbols.vertical, style: style)
    }
    buffer[area.x, area.y] = Cell(symbol: symbols.topLeft, style: style)
    buffer[right, area.y] = Cell(symbol: symbols.topRight, style: style)
    buffer[area.x, bottom] = Cell(symbol: symbols.bottomLeft, style: style)
    buffer[right, bottom] = Cell(symbol: symbols.bottomRight, style: style)

    let available = area.width - 2
    let effectiveTitleStyle = isFocused ? titleStyle.bold() : titleStyle
    var rightWidth = 0
    if let rightTitle {
      let rightLine = rightTitle.patchingStyle(effectiveTitleStyle)
        .truncated(toWidth: max(0, available / 2))
      rightWidth = rightLine.width
      buffer.write(rightLine, x: right - rightWidth, y: area.y, maxWidth: rightWidth)
    }
    var leftLine = title ?? Line.empty
    if isFocused {
      leftLine.spans.insert(Span(focusMarker), at: 0)
    }
    if !leftLine.spans.isEmpty {
      let space = available - (rightWidth > 0 ? rightWidth + 1 : 0)
      let clipped = leftLine.patchingStyle(effectiveTitleStyle).truncated(toWidth: space)
      buffer.write(clipped, x: area.x + 1, y: area.y, maxWidth: space)
    }
    if let footer {
      let footerLine = footer.patchingStyle(titleStyle).truncated(toWidth: available)
      let footerWidth = footerLine.width
      buffer.write(footerLine, x: right - footerWidth, y: bottom, maxWidth: footerWidth)
    }
  }
}
