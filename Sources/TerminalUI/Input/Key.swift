/// A key press, independent of how the terminal encoded it.
public enum Key: Hashable, Sendable {
  /// A printable character, including non-ASCII text such as `ô`.
  case character(Character)
  /// A control combination, named by its lowercase letter: `.control("r")` is Ctrl-R.
  ///
  /// Ctrl-M, Ctrl-I and Ctrl-H arrive as ``enter``, ``tab`` and ``backspace`` instead.
  case control(Character)
  /// Return or Enter.
  case enter
  /// Escape.
  case escape
  /// Tab.
  case tab
  /// Shift-Tab.
  case backTab
  /// Backspace.
  case backspace
  /// Delete (forward delete).
  case delete
  /// Insert.
  case insert
  /// Arrow up.
  case up
  /// Arrow down.
  case down
  /// Arrow left.
  case left
  /// Arrow right.
  case right
  /// Home.
  case home
  /// End.
  case end
  /// Page Up.
  case pageUp
  /// Page Down.
  case pageDown
  /// A function key: `.function(1)` is F1.
  case function(Int)
}
