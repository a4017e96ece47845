/// A width and height in terminal cells.
///
/// Negative components are not meaningful; most APIs treat them as zero.
public struct Size: Hashable, Sendable {
  /// The number of columns.
  public var width: Int
  /// The number of rows.
  public var height: Int

  /// Creates a size of `width` columns by `height` rows.
  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }

  /// A size with no columns and no rows.
  public static let zero = Size(width: 0, height: 0)

  /// Whether the size covers no cell at all.
  public var isEmpty: Bool { width <= 0 || height <= 0 }
}
