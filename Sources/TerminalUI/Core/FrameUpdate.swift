/// What a backend must do to show a new frame: the cells that changed, or, for a full
/// repaint, the screen cleared and every cell that is not blank.
public struct FrameUpdate: Hashable, Sendable {
  /// The frame's size.
  public var size: Size
  /// Whether the screen must be cleared first (first frame, new size, lost contents).
  public var isFullRepaint: Bool
  /// The cells to write, left to right and top to bottom.
  public var cells: [CellUpdate]

  /// Creates a frame update.
  public init(size: Size, isFullRepaint: Bool, cells: [CellUpdate]) {
    self.size = size
    self.isFullRepaint = isFullRepaint
    self.cells = cells
  }
}
