/// Why the curses terminal could not be set up or drawn to.
public enum CursesError: Error, Hashable, Sendable {
  /// Standard input or output is not a terminal (for example, output piped to a file).
  case notATerminal
  /// ncurses has no description for the terminal named by `TERM` (`nil` when `TERM` is unset).
  case unknownTerminal(String?)
  /// Another ``CursesTerminal`` is still active; curses drives one terminal per process.
  case alreadyActive
  /// The terminal was already restored, so nothing can be drawn any more.
  case restored
  /// ncurses reported an error while sending the frame to the terminal.
  case refreshFailed

  /// A one-line explanation for the user.
  public var message: String {
    switch self {
    case .notATerminal:
      return "standard input and output must be a terminal"
    case .unknownTerminal(let name):
      return "unknown terminal type '\(name ?? "")' (check the TERM environment variable)"
    case .alreadyActive:
      return "the terminal is already in use by another screen"
    case .restored:
      return "the terminal was already restored"
    case .refreshFailed:
      return "could not write to the terminal"
    }
  }
}
