import TerminalUI
import Testing

@Suite struct TestBackendTests {
  @Test func recordsFramesAndChangedCells() throws {
    var backend = TestBackend(size: Size(width: 4, height: 1), colorMode: .ansi16)
    var buffer = Buffer(size: backend.size)
    buffer.write("ab", x: 0, y: 0)
    try backend.draw(buffer)
    #expect(backend.lastUpdates.count == 4)
    buffer.write("c", x: 3, y: 0)
    try backend.draw(buffer)
    #expect(backend.lastUpdates == [CellUpdate(x: 3, y: 0, cell: Cell(symbol: "c"))])
    #expect(backend.drawnBuffers.count == 2)
    #expect(backend.lastBuffer?.lines == ["ab c"])
    #expect(backend.colorMode == .ansi16)
  }

  @Test func replaysEventsAndResizes() {
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

  @Test func worksThroughTheProtocol() throws {
    func drawOnce(on backend: inout some TerminalBackend) throws {
      var buffer = Buffer(size: backend.size)
      buffer.write("hi", x: 0, y: 0)
      try backend.draw(buffer)
    }
    var backend = TestBackend(size: Size(width: 3, height: 1))
    try drawOnce(on: &backend)
    #expect(backend.lastBuffer?.lines == ["hi "])
  }
}
