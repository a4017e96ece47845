/// A backend and the last frame shown on it: the one place that works out which cells a new
/// frame changes.
///
/// ```swift
/// var terminal = Terminal(backend: TestBackend(size: Size(width: 80, height: 24)))
/// try terminal.draw(buffer)  // everything on the first draw, only changes after
/// ```
public struct Terminal<Backend: TerminalBackend> {
  /// The backend frames are applied to.
  public private(set) var backend: Backend
  /// The frame the screen shows, as far as the terminal knows.
  public private(set) var shown: Buffer?

  /// A terminal over a backend; the first draw repaints everything.
  public init(backend: Backend) {
    self.backend = backend
  }

  /// The backend's size.
  public var size: Size { backend.size }

  /// Shows `buffer`: sends the backend only the cells that differ from the frame shown, or
  /// every non-blank cell after clearing when the size changed or the screen was lost.
  /// Returns how many cells were sent (none when nothing changed, and then the backend is
  /// not called).
  @discardableResult
  public mutating func draw(_ buffer: Buffer) throws -> Int {
    let repaint =
      backend.needsFullRepaint || shown.map { $0.size != buffer.size } ?? true
    let cells = buffer.updates(
      since: repaint ? Buffer(width: buffer.width, height: buffer.height) : shown)
    if cells.isEmpty, !repaint { return 0 }
    try backend.apply(FrameUpdate(size: buffer.size, isFullRepaint: repaint, cells: cells))
    shown = buffer
    return cells.count
  }

  /// The next event from the backend (see ``TerminalBackend/nextEvent(timeoutMilliseconds:)``).
  public mutating func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
    backend.nextEvent(timeoutMilliseconds: timeoutMilliseconds)
  }

  /// Restores the backend's terminal.
  public mutating func restore() {
    backend.restore()
  }
}
