import TerminalUI

/// What covers the panes, if anything.
public enum Modal: Hashable, Sendable {
  /// Nothing: keys go to the focused pane.
  case none
  /// The list of every key, scrolled down by a number of rows.
  case help(scroll: Int)
  /// The mark dialog.
  case mark(MarkDialogState)
  /// The "view as of date" prompt.
  case datePrompt(TextField, error: String?)
}

extension Modal {
  /// Whether the help is open.
  public var isHelp: Bool {
    if case .help = self { return true }
    return false
  }
}
