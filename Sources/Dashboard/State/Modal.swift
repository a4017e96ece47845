import TerminalUI

/// What covers the panes, if anything.
public enum Modal: Hashable, Sendable {
  /// Nothing: keys go to the focused pane.
  case none
  /// The list of every effective key.
  case help
  /// The mark dialog.
  case mark(MarkDialogState)
  /// The "view as of date" prompt.
  case datePrompt(TextField, error: String?)
}
