import TreatyModel

/// Work with the outside world that ``reduce(_:_:)`` asks for; its result comes back as an ``Action``.
public enum Effect: Hashable, Sendable {
  /// Save a mark.
  case saveMark(code: String, action: Mark.Action)
  /// Undo the latest mark.
  case undo
  /// Redo the latest undone mark.
  case redo
  /// Save a news item's read state.
  case setRead(identifier: String, read: Bool)
  /// Remember the focused pane, order and filter for next time.
  case saveInterfaceState
  /// Load the world map from the shipped data.
  case loadMap
  /// Look for changes another copy saved.
  case checkForExternalChanges
}
