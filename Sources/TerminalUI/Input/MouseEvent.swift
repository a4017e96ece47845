/// A mouse action at a cell position.
public struct MouseEvent: Hashable, Sendable {
  /// What the mouse did.
  public enum Kind: Hashable, Sendable {
    /// A button press (click).
    case press
    /// The wheel scrolled up.
    case wheelUp
    /// The wheel scrolled down.
    case wheelDown
  }

  /// What the mouse did.
  public var kind: Kind
  /// The column of the pointer.
  public var x: Int
  /// The row of the pointer.
  public var y: Int

  /// Creates a mouse event.
  public init(kind: Kind, x: Int, y: Int) {
    self.kind = kind
    self.x = x
    self.y = y
  }
}
