/// A grid of dots drawn with Unicode braille (2×4 dots per cell) or half blocks.
///
/// The canvas is `width` × `height` cells and always addresses `width·2` × `height·4` dots,
/// dot (0, 0) being the top-left one. In ``Mode/braille`` each cell shows `U+2800 + mask`,
/// where the dot at column `c`, row `r` of the cell sets bit
/// `[[0x1, 0x8], [0x2, 0x10], [0x4, 0x20], [0x40, 0x80]][r][c]`. In ``Mode/halfBlocks``, for
/// terminals without braille, the upper four dots of a cell light its top half and the lower
/// four its bottom half (`▀`, `▄`, `█`): a half is lit when any of its dots is set.
///
/// Each dot carries a style. A cell takes the style set on most of its dots; a tie goes to
/// the style of higher priority, which is the order of `stylePriority` given to the
/// initialiser, followed by other styles in the order they were first used. Markers placed
/// with ``setMarker(column:row:glyph:style:)`` replace a cell's dots entirely. Cells without
/// dots or markers are left untouched when rendering, so the canvas can overlay other drawing.
public struct BrailleCanvas: Widget, Hashable, Sendable {
  /// How dots are turned into glyphs.
  public enum Mode: Hashable, Sendable {
    /// Unicode braille patterns, 2×4 dots per cell.
    case braille
    /// Upper and lower half blocks, 1×2 lit halves per cell.
    case halfBlocks
  }

  /// The bit of each dot within a braille cell, by dot row then dot column.
  public static let dotBits: [[UInt8]] = [[0x1, 0x8], [0x2, 0x10], [0x4, 0x20], [0x40, 0x80]]

  /// The braille patterns U+2800…U+28FF, indexed by mask.
  private static let brailleSymbols: [String] = (0..<256).map { mask in
    Unicode.Scalar(UInt32(0x2800 + mask)).map { String(Character($0)) } ?? " "
  }

  /// The width in cells.
  public let width: Int
  /// The height in cells.
  public let height: Int
  /// How dots are turned into glyphs.
  public var mode: Mode
  /// The styles in priority order (earlier wins ties).
  public private(set) var styles: [Style]
  /// The style index plus one of every dot, row by row; zero means unset.
  private var dots: [UInt8]
  /// Markers by cell index.
  private var markers: [Int: Cell]

  /// Creates an empty canvas of `width` × `height` cells.
  public init(width: Int, height: Int, mode: Mode = .braille, stylePriority: [Style] = []) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.mode = mode
    self.styles = Array(stylePriority.prefix(254))
    self.dots = Array(repeating: 0, count: self.width * 2 * self.height * 4)
    self.markers = [:]
  }

  /// The width in dots (`width · 2`).
  public var dotWidth: Int { width * 2 }

  /// The height in dots (`height · 4`).
  public var dotHeight: Int { height * 4 }

  /// Sets the dot at dot column `x`, dot row `y`; dots outside the canvas are ignored.
  ///
  /// At most 254 distinct styles are kept; further new styles draw with the last one.
  public mutating func setDot(x: Int, y: Int, style: Style = .plain) {
    guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
    let styleIndex: Int
    if let existing = styles.firstIndex(of: style) {
      styleIndex = existing
    } else if styles.count < 254 {
      styles.append(style)
      styleIndex = styles.count - 1
    } else {
      styleIndex = styles.count - 1
    }
    dots[y * dotWidth + x] = UInt8(styleIndex + 1)
  }

  /// Clears the dot at dot column `x`, dot row `y`.
  public mutating func clearDot(x: Int, y: Int) {
    guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
    dots[y * dotWidth + x] = 0
  }

  /// Whether the dot at dot column `x`, dot row `y` is set.
  public func isDotSet(x: Int, y: Int) -> Bool {
    guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return false }
    return dots[y * dotWidth + x] != 0
  }

  /// Sets the dots of a straight line between two dots (inclusive).
  public mutating func drawLine(
    fromX startX: Int, y startY: Int, toX endX: Int, y endY: Int, style: Style = .plain
  ) {
    var x = startX
    var y = startY
    let deltaX = abs(endX - startX)
    let deltaY = -abs(endY - startY)
    let stepX = startX < endX ? 1 : -1
    let stepY = startY < endY ? 1 : -1
    var error = deltaX + deltaY
    while true {
      setDot(x: x, y: y, style: style)
      if x == endX && y == endY { break }
      let doubled = 2 * error
      if doubled >= deltaY {
        error += deltaY
        x += stepX
      }
      if doubled <= deltaX {
        error += deltaX
        y += stepY
      }
    }
  }

  /// Shows `glyph` in the cell at `column`, `row` instead of its dots.
  public mutating func setMarker(column: Int, row: Int, glyph: String, style: Style = .plain) {
    guard column >= 0, row >= 0, column < width, row < height else { return }
    markers[row * width + column] = Cell(symbol: glyph, style: style)
  }

  /// Removes the marker of the cell at `column`, `row`.
  public mutating func removeMarker(column: Int, row: Int) {
    markers[row * width + column] = nil
  }

  /// The braille dot mask of the cell at `column`, `row` (0 when empty or outside).
  public func mask(column: Int, row: Int) -> UInt8 {
    guard column >= 0, row >= 0, column < width, row < height else { return 0 }
    var mask: UInt8 = 0
    for dotRow in 0..<4 {
      let base = (row * 4 + dotRow) * dotWidth + column * 2
      if dots[base] != 0 { mask |= BrailleCanvas.dotBits[dotRow][0] }
      if dots[base + 1] != 0 { mask |= BrailleCanvas.dotBits[dotRow][1] }
    }
    return mask
  }

  /// The cell that represents the dots at `column`, `row`, or `nil` when nothing is drawn there.
  public func cell(column: Int, row: Int) -> Cell? {
    guard column >= 0, row >= 0, column < width, row < height else { return nil }
    if let marker = markers[row * width + column] { return marker }
    var packed: UInt64 = 0
    var count = 0
    var top = false
    var bottom = false
    var mask: UInt8 = 0
    for dotRow in 0..<4 {
      let base = (row * 4 + dotRow) * dotWidth + column * 2
      for dotColumn in 0..<2 {
        let value = dots[base + dotColumn]
        guard value != 0 else { continue }
        packed |= UInt64(value) << (8 * UInt64(count))
        count += 1
        mask |= BrailleCanvas.dotBits[dotRow][dotColumn]
        if dotRow < 2 { top = true } else { bottom = true }
      }
    }
    guard mask != 0 else { return nil }
    let style = styles[Int(BrailleCanvas.majority(of: packed, count: count)) - 1]
    switch mode {
    case .braille:
      return Cell(symbol: BrailleCanvas.brailleSymbols[Int(mask)], style: style)
    case .halfBlocks:
      let symbol = top && bottom ? "█" : (top ? "▀" : "▄")
      return Cell(symbol: symbol, style: style)
    }
  }

  /// The most frequent value; ties go to the smallest value (the highest-priority style).
  ///
  /// The values are packed one per byte into `packed`, `count` of them, so no array is built.
  private static func majority(of packed: UInt64, count valueCount: Int) -> UInt8 {
    var best: UInt8 = 0
    var bestCount = 0
    for candidateIndex in 0..<valueCount {
      let candidate = UInt8(truncatingIfNeeded: packed >> (8 * UInt64(candidateIndex)))
      var occurrences = 0
      for valueIndex in 0..<valueCount
      where UInt8(truncatingIfNeeded: packed >> (8 * UInt64(valueIndex))) == candidate {
        occurrences += 1
      }
      if occurrences > bestCount || (occurrences == bestCount && candidate < best) {
        best = candidate
        bestCount = occurrences
      }
    }
    return best
  }

  /// Draws the canvas at the top-left of `area`, clipped to it.
  public func render(into buffer: inout Buffer, area: Rect) {
    let area = area.intersection(buffer.area)
    for row in 0..<min(height, area.height) {
      for column in 0..<min(width, area.width) {
        if let cell = cell(column: column, row: row) {
          buffer[area.x + column, area.y + row] = cell
        }
      }
    }
  }
}
