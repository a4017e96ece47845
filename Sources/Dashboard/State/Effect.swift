import TreatyModel

/// Work with the outside world that ``reduce(_:_:)`` asks for; its result comes back as an
/// ``Action``.
///
/// An effect carries everything needed to run it: the runner never reads the state.
public enum Effect: Hashable, Sendable {
  /// Save a mark.
  case saveMark(code: String, action: Mark.Action)
  /// Save a mark with the user's note (a step and its quote).
  case saveNotedMark(code: String, action: Mark.Action, note: String)
  /// Undo the latest mark, described for the message.
  case undo(description: String)
  /// Redo the latest undone mark, described for the message.
  case redo(description: String)
  /// Record a proposal as marks (its deposit and declarations).
  case acceptProposal(ProposedEvent)
  /// Set a proposal aside, as a mark.
  case dismissProposal(ProposedEvent)
  /// Save a news item's read state.
  case setRead(identifier: String, read: Bool)
  /// Remember the focused pane, order and filter for next time, stamped with the moment
  /// they are saved.
  case saveInterfaceState(InterfaceState)
  /// Load the world map from the shipped data.
  case loadMap
  /// Load the sister treaties' membership from the shipped data.
  case loadRelatedTreaties
  /// Look for changes another copy saved.
  case checkForExternalChanges
  /// Start fetching every subscription in the background, each within the timeout.
  case startFetch(timeoutSeconds: Int)
  /// Open a web address with the desktop's opener.
  case openLink(String)
}
