/// A headless backend for whole-application tests: it applies frames to a screen of its own,
/// as a terminal would, and replays queued events.
///
/// ```swift
/// var backend = TestBackend(size: Size(width: 80, height: 24))
/// backend.queuedEvents = [.key(.character("q"))]
/// ```
public struct TestBackend: TerminalBackend, Sendable {
  /// The current size; change it with ``resize(to:)``.
  public private(set) var size: Size
  /// The colour mode reported to the application.
  public var colorMode: ColorMode
  /// Events still to be returned by ``nextEvent(timeoutMilliseconds:)``, first in first out.
  public var queuedEvents: [InputEvent]
  /// What the screen shows: every applied frame written over the previous ones.
  public private(set) var screen: Buffer
  /// Every frame applied, oldest first.
  public private(set) var frames: [FrameUpdate] = []
  /// Whether the next frame must be drawn whole (after a resize).
  public private(set) var needsFullRepaint = false
  /// How many times ``restore()`` was called.
  public private(set) var restoreCount = 0
  /// How many times ``nextEvent(timeoutMilliseconds:)`` found no event.
  public private(set) var timeoutCount = 0

  /// Creates a test backend of the given size and colour mode.
  public init(
    size: Size, colorMode: ColorMode = .ansi256, queuedEvents: [InputEvent] = []
  ) {
    self.size = size
    self.colorMode = colorMode
    self.queuedEvents = queuedEvents
    screen = Buffer(size: size)
  }

  /// Writes the frame's cells onto ``screen`` (clearing it first for a full repaint).
  public mutating func apply(_ frame: FrameUpdate) throws {
    if frame.isFullRepaint || screen.size != frame.size { screen = Buffer(size: frame.size) }
    for update in frame.cells {
      screen[update.x, update.y] = update.cell
      if update.columns == 2 { screen[update.x + 1, update.y] = Cell(symbol: "") }
    }
    frames.append(frame)
    needsFullRepaint = false
  }

  /// Returns the next queued event, or `nil` when the queue is empty.
  public mutating func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
    if queuedEvents.isEmpty {
      timeoutCount += 1
      return nil
    }
    let event = queuedEvents.removeFirst()
    if case .resize(let newSize) = event, newSize != size {
      size = newSize
      needsFullRepaint = true
    }
    return event
  }

  /// Counts the call; a test backend has nothing to restore.
  public mutating func restore() {
    restoreCount += 1
  }

  /// Changes the size and queues the matching ``InputEvent/resize(_:)`` event.
  public mutating func resize(to newSize: Size) {
    size = newSize
    needsFullRepaint = true
    queuedEvents.append(.resize(newSize))
  }
}
