/// A rectangle of cells copied out of a ``Buffer``, to be put back with
/// ``Buffer/paste(_:)``.
public struct BufferRegion: Hashable, Sendable {
  /// Where the cells were, in buffer coordinates.
  public let rect: Rect
  /// The cells, row by row.
  public let cells: [Cell]
}
