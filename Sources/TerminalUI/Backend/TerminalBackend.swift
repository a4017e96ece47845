/// A terminal a frame can be shown on and events read from.
///
/// Widgets never use a backend; they draw into a ``Buffer``. A ``Terminal`` keeps the last
/// frame, works out once what changed, and hands the backend a ``FrameUpdate`` to apply.
public protocol TerminalBackend {
  /// The current terminal size in cells.
  var size: Size { get }
  /// How many colours the terminal can show.
  var colorMode: ColorMode { get }
  /// Whether what the screen shows was lost (after a resize, say), so the next frame must be
  /// drawn whole.
  var needsFullRepaint: Bool { get }
  /// Writes a frame's changed cells (clearing the screen first for a full repaint), then
  /// flushes.
  mutating func apply(_ frame: FrameUpdate) throws
  /// Waits up to `timeoutMilliseconds` for an event and returns it, or `nil` on timeout;
  /// `-1` blocks until an event arrives.
  mutating func nextEvent(timeoutMilliseconds: Int) -> InputEvent?
  /// Leaves the terminal as it was found; calling it more than once is harmless.
  mutating func restore()
}
