/// A direction of movement on the world map.
public enum MapDirection: Hashable, Sendable {
  /// North.
  case up
  /// South.
  case down
  /// West.
  case left
  /// East.
  case right
}
