import TerminalUI

/// What covers the panes, if anything.
public enum Modal: Hashable, Sendable {
  /// Nothing: keys go to the focused pane.
  case none
  /// The list of every key, scrolled down by a number of rows.
  case help(scroll: Int)
  /// The mark dialog.
  case mark(MarkDialogState)
  /// The dialog that records a step on a state's way to depositing.
  case step(StepDialogState)
  /// The "view as of date" prompt.
  case datePrompt(TextField, error: String?)
  /// The proposals read from notifications and the news, with the selected one.
  case proposals(ListState)
}

extension Modal {
  /// Whether the proposals list is open.
  public var isProposals: Bool {
    if case .proposals = self { return true }
    return false
  }

  /// Whether the help is open.
  public var isHelp: Bool {
    if case .help = self { return true }
    return false
  }
}
