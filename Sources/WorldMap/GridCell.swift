/// One cell of the map's grid: `column` counts east from the western edge, `row` counts south
/// from the northern edge, both from zero.
public struct GridCell: Equatable, Hashable, Sendable {
  /// The column, from 0 at the western edge.
  public var column: Int
  /// The row, from 0 at the northern edge.
  public var row: Int

  /// Creates a cell reference.
  public init(column: Int, row: Int) {
    self.column = column
    self.row = row
  }
}
