import TerminalUI

/// How ``CursesTerminal`` sets up the terminal.
///
/// The defaults suit an interactive dashboard: mouse reporting on and the colour mode detected
/// from the terminal and the `NO_COLOR` convention.
public struct CursesOptions: Hashable, Sendable {
  /// Whether to report mouse clicks and the wheel (`--no-mouse` turns this off).
  public var mouse: Bool
  /// A colour mode that wins over detection and `NO_COLOR`; `nil` detects it.
  public var colorMode: ColorMode?
  /// How long a lone Escape waits for the rest of an escape sequence, in milliseconds.
  public var escapeDelayMilliseconds: Int

  /// Creates options; every parameter defaults to the interactive set-up.
  public init(mouse: Bool = true, colorMode: ColorMode? = nil, escapeDelayMilliseconds: Int = 25) {
    self.mouse = mouse
    self.colorMode = colorMode
    self.escapeDelayMilliseconds = escapeDelayMilliseconds
  }
}
