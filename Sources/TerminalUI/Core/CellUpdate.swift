/// One cell a backend must send to the terminal: its position, its new content and how many
/// columns it covers.
public struct CellUpdate: Hashable, Sendable {
  /// The column of the cell.
  public var x: Int
  /// The row of the cell.
  public var y: Int
  /// The new content of the cell.
  public var cell: Cell
  /// The columns it covers: 2 for a wide character, else 1.
  public var columns: Int

  /// Creates an update.
  public init(x: Int, y: Int, cell: Cell, columns: Int = 1) {
    self.x = x
    self.y = y
    self.cell = cell
    self.columns = columns
  }
}
