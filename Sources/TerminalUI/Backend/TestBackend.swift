/// A headless backend for whole-application tests: it records drawn frames and replays queued
/// events.
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
  /// Every buffer passed to ``draw(_:)``, oldest first.
  public private(set) var drawnBuffers: [Buffer] = []
  /// The cells the most recent draw would have sent to a real terminal.
  public private(set) var lastUpdates: [CellUpdate] = []
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
  }

  /// The most recently drawn buffer, if any.
  public var lastBuffer: Buffer? { drawnBuffers.last }

  /// Records the buffer and the cells that changed since the previous one.
  public mutating func draw(_ buffer: Buffer) throws {
    lastUpdates = buffer.updates(since: drawnBuffers.last)
    drawnBuffers.append(buffer)
  }

  /// Returns the next queued event, or `nil` when the queue is empty.
  public mutating func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
    if queuedEvents.isEmpty {
      timeoutCount += 1
      return nil
    }
    return queuedEvents.removeFirst()
  }

  /// Counts the call; a test backend has nothing to restore.
  public mutating func restore() {
    restoreCount += 1
  }

  /// Changes the size and queues the matching ``InputEvent/resize(_:)`` event.
  public mutating func resize(to newSize: Size) {
    size = newSize
    queuedEvents.append(.resize(newSize))
  }
}
