/// A terminal a frame can be drawn to and events read from.
///
/// Widgets never use a backend; they draw into a ``Buffer``. The run loop hands each finished
/// buffer to ``draw(_:)``, which sends only the cells that changed since the previous draw
/// (see ``Buffer/updates(since:)``).
public protocol TerminalBackend {
  /// The current terminal size in cells.
  var size: Size { get }
  /// How many colours the terminal can show.
  var colorMode: ColorMode { get }
  /// Sends the cells that changed since the previous draw, then flushes.
  mutating func draw(_ buffer: Buffer) throws
  /// Waits up to `timeoutMilliseconds` for an event and returns it, or `nil` on timeout;
  /// `-1` blocks until an event arrives.
  mutating func nextEvent(timeoutMilliseconds: Int) -> InputEvent?
  /// Leaves the terminal as it was found; calling it more than once is harmless.
  mutating func restore()
}
