/// A horizontal bar showing a ratio from 0 to 1, with a centred label.
///
/// The filled part is drawn with `█` and a partial eighth block (`▏▎▍▌▋▊▉`), so the bar reads
/// without colour. Label characters over the filled part use ``filledStyle`` reversed. An
/// optional tick (``tickRatio``) marks a threshold, drawn as ``tickSymbol`` under the label:
///
/// ```
/// ██████30/50│
/// ```
public struct Gauge: Widget, Hashable, Sendable {
  /// The partial blocks for one to seven eighths of a cell.
  public static let eighths = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  /// The filled fraction; values outside 0…1 are clamped when drawn.
  public var ratio: Double
  /// The text centred on the bar; `nil` shows the percentage.
  public var label: String?
  /// The style of the filled part.
  public var filledStyle: Style
  /// The style of the unfilled part and of label characters over it.
  public var unfilledStyle: Style
  /// The symbol of an unfilled cell.
  public var unfilledSymbol: String
  /// The symbol of a filled cell; any other symbol than `█` also turns off partial eighths
  /// (for ASCII-only terminals, for example `#`).
  public var filledSymbol = "█"
  /// Where to draw a threshold tick, as a ratio of the width (0…1).
  public var tickRatio: Double?
  /// The glyph of the tick.
  public var tickSymbol: String
  /// The style of the tick.
  public var tickStyle: Style

  /// Creates a gauge.
  public init(
    ratio: Double, label: String? = nil, filledStyle: Style = .plain,
    unfilledStyle: Style = .plain, unfilledSymbol: String = " ", tickRatio: Double? = nil,
    tickSymbol: String = "│", tickStyle: Style = Style.plain.bold()
  ) {
    self.ratio = ratio
    self.label = label
    self.filledStyle = filledStyle
    self.unfilledStyle = unfilledStyle
    self.unfilledSymbol = unfilledSymbol
    self.tickRatio = tickRatio
    self.tickSymbol = tickSymbol
    self.tickStyle = tickStyle
  }

  /// The ratio clamped to 0…1 (NaN counts as 0).
  public var clampedRatio: Double {
    ratio.isNaN ? 0 : min(max(ratio, 0), 1)
  }

  /// The label drawn on the bar: ``label`` or the rounded percentage.
  public var effectiveLabel: String {
    label ?? "\(Int((clampedRatio * 100).rounded()))%"
  }

  /// Draws the bar on every row of `area` and the label on its middle row.
  public func render(into buffer: inout Buffer, area: Rect) {
    let area = area.intersection(buffer.area)
    guard !area.isEmpty else { return }
    let totalEighths = Int((clampedRatio * Double(area.width) * 8).rounded())
    let fullCells = totalEighths / 8
    let partial = totalEighths % 8
    let tickColumn = tickRatio.map { tick -> Int in
      let clamped = tick.isNaN ? 0 : min(max(tick, 0), 1)
      return area.x + min(area.width - 1, Int((clamped * Double(area.width)).rounded()))
    }
    for y in area.y..<area.maxY {
      for offset in 0..<area.width {
        let x = area.x + offset
        let cell: Cell
        if offset < fullCells {
          cell = Cell(symbol: filledSymbol, style: filledStyle)
        } else if offset == fullCells, partial > 0, filledSymbol == "█" {
          cell = Cell(symbol: Gauge.eighths[partial - 1], style: filledStyle)
        } else {
          cell = Cell(symbol: unfilledSymbol, style: unfilledStyle)
        }
        buffer[x, y] = cell
        if x == tickColumn {
          let style = offset < fullCells ? tickStyle.reversed() : tickStyle
          buffer[x, y] = Cell(symbol: tickSymbol, style: style)
        }
      }
    }
    let text = effectiveLabel.truncated(toWidth: area.width)
    let labelWidth = DisplayWidth.of(text)
    guard labelWidth > 0 else { return }
    let labelX = area.x + (area.width - labelWidth) / 2
    let labelY = area.y + (area.height - 1) / 2
    var x = labelX
    for character in text {
      let isOverFilled = x - area.x < fullCells
      let style = isOverFilled ? filledStyle.reversed() : unfilledStyle
      x += buffer.write(String(character), x: x, y: labelY, maxWidth: area.maxX - x, style: style)
    }
  }
}
