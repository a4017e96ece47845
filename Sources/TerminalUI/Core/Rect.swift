/// A rectangle of terminal cells: an origin (column `x`, row `y`) and a size.
///
/// `Rect` is pure arithmetic: it never touches a buffer or a terminal. Every helper returns
/// rectangles with non-negative sizes, so layouts stay valid even when space runs out.
public struct Rect: Hashable, Sendable {
  /// The leftmost column.
  public var x: Int
  /// The topmost row.
  public var y: Int
  /// The number of columns.
  public var width: Int
  /// The number of rows.
  public var height: Int

  /// Creates a rectangle; negative sizes are stored as zero.
  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// Creates a rectangle at the origin with the given size.
  public init(size: Size) {
    self.init(x: 0, y: 0, width: size.width, height: size.height)
  }

  /// An empty rectangle at the origin.
  public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

  /// The size of the rectangle.
  public var size: Size { Size(width: width, height: height) }

  /// Whether the rectangle covers no cell at all.
  public var isEmpty: Bool { width <= 0 || height <= 0 }

  /// The column just past the right edge (`x + width`).
  public var maxX: Int { x + width }

  /// The row just past the bottom edge (`y + height`).
  public var maxY: Int { y + height }

  /// The number of cells covered.
  public var area: Int { width * height }

  /// Whether the cell at column `x`, row `y` lies inside the rectangle.
  public func contains(x column: Int, y row: Int) -> Bool {
    column >= x && column < maxX && row >= y && row < maxY
  }

  /// The overlap of two rectangles, or an empty rectangle when they do not overlap.
  public func intersection(_ other: Rect) -> Rect {
    let left = max(x, other.x)
    let top = max(y, other.y)
    let right = min(maxX, other.maxX)
    let bottom = min(maxY, other.maxY)
    guard right > left, bottom > top else {
      return Rect(x: left, y: top, width: 0, height: 0)
    }
    return Rect(x: left, y: top, width: right - left, height: bottom - top)
  }

  /// Whether the two rectangles share at least one cell.
  public func intersects(_ other: Rect) -> Bool {
    !intersection(other).isEmpty
  }

  /// The rectangle shrunk by `amount` cells on every side (never below zero size).
  public func inset(by amount: Int) -> Rect {
    inset(top: amount, left: amount, bottom: amount, right: amount)
  }

  /// The rectangle shrunk by `horizontal` columns on the left and right and `vertical` rows
  /// at the top and bottom.
  public func inset(horizontal: Int, vertical: Int) -> Rect {
    inset(top: vertical, left: horizontal, bottom: vertical, right: horizontal)
  }

  /// The rectangle shrunk independently on each side (never below zero size).
  public func inset(top: Int, left: Int, bottom: Int, right: Int) -> Rect {
    let newWidth = max(0, width - left - right)
    let newHeight = max(0, height - top - bottom)
    return Rect(
      x: x + min(left, width), y: y + min(top, height), width: newWidth, height: newHeight)
  }

  /// The rectangle with its size clamped to at most `size`, keeping the origin.
  public func clamped(to size: Size) -> Rect {
    Rect(x: x, y: y, width: min(width, size.width), height: min(height, size.height))
  }

  /// A rectangle of the given size centred inside this one (clipped to fit).
  public func centered(width innerWidth: Int, height innerHeight: Int) -> Rect {
    let clippedWidth = min(max(0, innerWidth), width)
    let clippedHeight = min(max(0, innerHeight), height)
    return Rect(
      x: x + (width - clippedWidth) / 2, y: y + (height - clippedHeight) / 2,
      width: clippedWidth, height: clippedHeight)
  }

  /// Splits off the top `count` rows: returns the top part and the remainder below it.
  public func splitTop(_ count: Int) -> (top: Rect, rest: Rect) {
    let taken = min(max(0, count), height)
    return (
      Rect(x: x, y: y, width: width, height: taken),
      Rect(x: x, y: y + taken, width: width, height: height - taken)
    )
  }

  /// Splits off the bottom `count` rows: returns the remainder above and the bottom part.
  public func splitBottom(_ count: Int) -> (rest: Rect, bottom: Rect) {
    let taken = min(max(0, count), height)
    return (
      Rect(x: x, y: y, width: width, height: height - taken),
      Rect(x: x, y: maxY - taken, width: width, height: taken)
    )
  }

  /// Splits off the left `count` columns: returns the left part and the remainder.
  public func splitLeft(_ count: Int) -> (left: Rect, rest: Rect) {
    let taken = min(max(0, count), width)
    return (
      Rect(x: x, y: y, width: taken, height: height),
      Rect(x: x + taken, y: y, width: width - taken, height: height)
    )
  }

  /// Splits off the right `count` columns: returns the remainder and the right part.
  public func splitRight(_ count: Int) -> (rest: Rect, right: Rect) {
    let taken = min(max(0, count), width)
    return (
      Rect(x: x, y: y, width: width - taken, height: height),
      Rect(x: maxX - taken, y: y, width: taken, height: height)
    )
  }

  /// Each row of the rectangle as a one-row rectangle, top to bottom.
  public var rows: [Rect] {
    (0..<max(0, height)).map { Rect(x: x, y: y + $0, width: width, height: 1) }
  }

  /// Each column of the rectangle as a one-column rectangle, left to right.
  public var columns: [Rect] {
    (0..<max(0, width)).map { Rect(x: x + $0, y: y, width: 1, height: height) }
  }
}
