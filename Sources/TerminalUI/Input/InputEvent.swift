/// Something the terminal reported: a key, a mouse action, a new size, or a request to stop.
public enum InputEvent: Hashable, Sendable {
  /// A key press.
  case key(Key)
  /// A mouse action.
  case mouse(MouseEvent)
  /// The terminal now has this size.
  case resize(Size)
  /// SIGTERM, SIGHUP or SIGINT was received: restore the terminal and exit.
  case terminate
}
