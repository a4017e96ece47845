/// Splits a rectangle into rows or columns by constraints; pure arithmetic.
///
/// Sizing happens in three passes:
/// 1. every ``Constraint/length(_:)``, ``Constraint/percentage(_:)`` and
///    ``Constraint/minimum(_:)`` asks for its base size; when the requests exceed the space,
///    earlier constraints are served first and later ones shrink (down to zero);
/// 2. the space left over is shared among the ``Constraint/fill(_:)`` constraints by weight
///    (remainders go to the earliest), or, when there are none, equally among the
///    ``Constraint/minimum(_:)`` constraints;
/// 3. any space still left stays unused at the end.
///
/// The returned rectangles never leave `rect`, never overlap and appear in constraint order.
public struct Layout: Hashable, Sendable {
  /// The axis along which the rectangle is split.
  public enum Direction: Hashable, Sendable {
    /// Top to bottom: the parts are rows.
    case vertical
    /// Left to right: the parts are columns.
    case horizontal
  }

  /// How big one part should be along the split axis.
  public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells (or less when there is not enough room).
    case length(Int)
    /// This percentage (0–100) of the space available after spacing, rounded down.
    case percentage(Int)
    /// At least this many cells, growing when nothing else takes the leftover space.
    case minimum(Int)
    /// A share of the leftover space proportional to the weight.
    case fill(Int)
  }

  /// The axis along which the rectangle is split.
  public var direction: Direction
  /// The size of each part along the axis.
  public var constraints: [Constraint]
  /// Cells left empty between adjacent parts.
  public var spacing: Int

  /// Creates a layout.
  public init(direction: Direction, constraints: [Constraint], spacing: Int = 0) {
    self.direction = direction
    self.constraints = constraints
    self.spacing = max(0, spacing)
  }

  /// Creates a vertical layout (the parts are rows).
  public static func vertical(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
    Layout(direction: .vertical, constraints: constraints, spacing: spacing)
  }

  /// Creates a horizontal layout (the parts are columns).
  public static func horizontal(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
    Layout(direction: .horizontal, constraints: constraints, spacing: spacing)
  }

  /// The sizes of the parts along the axis for a total extent of `total` cells.
  public func sizes(total: Int) -> [Int] {
    let count = constraints.count
    guard count > 0 else { return [] }
    let available = max(0, total - spacing * (count - 1))
    var sizes = Array(repeating: 0, count: count)
    var remaining = available
    for (index, constraint) in constraints.enumerated() {
      let request: Int
      switch constraint {
      case .length(let length): request = max(0, length)
      case .percentage(let percent): request = available * min(max(0, percent), 100) / 100
      case .minimum(let minimum): request = max(0, minimum)
      case .fill: request = 0
      }
      sizes[index] = min(request, remaining)
      remaining -= sizes[index]
    }
    guard remaining > 0 else { return sizes }
    var weights = constraints.map { constraint -> Int in
      if case .fill(let weight) = constraint { return max(0, weight) }
      return 0
    }
    if !constraints.contains(where: { if case .fill = $0 { return true } else { return false } }) {
      weights = constraints.map { constraint -> Int in
        if case .minimum = constraint { return 1 }
        return 0
      }
    }
    let totalWeight = weights.reduce(0, +)
    guard totalWeight > 0 else { return sizes }
    var distributed = 0
    for index in 0..<count {
      let share = remaining * weights[index] / totalWeight
      sizes[index] += share
      distributed += share
    }
    var leftover = remaining - distributed
    var index = 0
    while leftover > 0 {
      if weights[index] > 0 {
        sizes[index] += 1
        leftover -= 1
      }
      index = (index + 1) % count
    }
    return sizes
  }

  /// Splits `rect` into one rectangle per constraint, in order.
  public func split(_ rect: Rect) -> [Rect] {
    let total = direction == .vertical ? rect.height : rect.width
    let limit = direction == .vertical ? rect.maxY : rect.maxX
    var position = direction == .vertical ? rect.y : rect.x
    var result: [Rect] = []
    result.reserveCapacity(constraints.count)
    for size in sizes(total: total) {
      let start = min(position, limit)
      let clippedSize = max(0, min(size, limit - start))
      switch direction {
      case .vertical:
        result.append(Rect(x: rect.x, y: start, width: rect.width, height: clippedSize))
      case .horizontal:
        result.append(Rect(x: start, y: rect.y, width: clippedSize, height: rect.height))
      }
      position = start + clippedSize + spacing
    }
    return result
  }
}
