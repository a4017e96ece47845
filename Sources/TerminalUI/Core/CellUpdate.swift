/// One cell a backend must send to the terminal: its position and its new content.
public struct CellUpdate: Hashable, Sendable {
  /// The column of the cell.
  public var x: Int
  /// The row of the cell.
  public var y: Int
  /// The new content of the cell.
  public var cell: Cell

  /// Creates an update.
  public init(x: Int, y: Int, cell: Cell) {
    self.x = x
    self.y = y
    self.cell = cell
  }
}
