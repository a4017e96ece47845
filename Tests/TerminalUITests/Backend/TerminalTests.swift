import TerminalUI
import Testing

@Suite("Terminal: one diff, applied by the backend")
struct TerminalTests {
  @Test("the first frame sends every cell that is not blank; the next only what changed")
  func sendsChanges() throws {
    var terminal = Terminal(backend: TestBackend(size: Size(width: 4, height: 1)))
    var buffer = Buffer(width: 4, height: 1)
    buffer.write("ab", x: 0, y: 0)
    #expect(try terminal.draw(buffer) == 2)
    #expect(terminal.backend.frames.last?.isFullRepaint == true)
    buffer.write("c", x: 3, y: 0)
    try terminal.draw(buffer)
    #expect(
      terminal.backend.frames.last
        == FrameUpdate(
          size: Size(width: 4, height: 1), isFullRepaint: false,
          cells: [CellUpdate(x: 3, y: 0, cell: Cell(symbol: "c"))]))
    #expect(terminal.backend.screen.lines == ["ab c"])
  }

  @Test("an unchanged frame does not reach the backend")
  func skipsUnchangedFrames() throws {
    var terminal = Terminal(backend: TestBackend(size: Size(width: 3, height: 1)))
    var buffer = Buffer(width: 3, height: 1)
    buffer.write("hi", x: 0, y: 0)
    try terminal.draw(buffer)
    #expect(try terminal.draw(buffer) == 0)
    #expect(terminal.backend.frames.count == 1)
  }

  @Test("a resize repaints the whole screen, cleared first")
  func repaintsAfterResize() throws {
    var backend = TestBackend(size: Size(width: 3, height: 1))
    backend.resize(to: Size(width: 3, height: 2))
    var terminal = Terminal(backend: backend)
    var buffer = Buffer(width: 3, height: 1)
    buffer.write("xyz", x: 0, y: 0)
    try terminal.draw(buffer)
    var taller = Buffer(width: 3, height: 2)
    taller.write("x", x: 0, y: 1)
    try terminal.draw(taller)
    #expect(terminal.backend.frames.last?.isFullRepaint == true)
    #expect(terminal.backend.screen.lines == ["   ", "x  "])
  }

  @Test("a wide character is sent with its width, and again when the cell it covers changes")
  func wideCharacters() throws {
    var terminal = Terminal(backend: TestBackend(size: Size(width: 4, height: 1)))
    var buffer = Buffer(width: 4, height: 1)
    buffer.write("中a", x: 0, y: 0)
    try terminal.draw(buffer)
    #expect(terminal.backend.frames.last?.cells.first?.columns == 2)
    #expect(terminal.backend.screen.lines == ["中a "])
  }

  @Test("the test backend replays queued events and counts restores")
  func replaysEvents() {
    var backend = TestBackend(
      size: Size(width: 80, height: 24), queuedEvents: [.key(.character("q"))])
    backend.resize(to: Size(width: 40, height: 10))
    #expect(backend.size == Size(width: 40, height: 10))
    #expect(backend.nextEvent(timeoutMilliseconds: 0) == .key(.character("q")))
    #expect(backend.nextEvent(timeoutMilliseconds: 0) == .resize(Size(width: 40, height: 10)))
    #expect(backend.nextEvent(timeoutMilliseconds: 0) == nil)
    #expect(backend.timeoutCount == 1)
    backend.restore()
    backend.restore()
    #expect(backend.restoreCount == 2)
  }
}
