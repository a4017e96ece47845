import TerminalUI
import Testing

@Suite struct BrailleCanvasTests {
  @Test func dotBitsFollowTheBraillePattern() {
    var canvas = BrailleCanvas(width: 2, height: 1)
    canvas.setDot(x: 0, y: 0)
    #expect(canvas.mask(column: 0, row: 0) == 0x01)
    canvas.setDot(x: 1, y: 3)
    #expect(canvas.mask(column: 0, row: 0) == 0x81)
    for y in 0..<4 {
      canvas.setDot(x: 2, y: y)
      canvas.setDot(x: 3, y: y)
    }
    #expect(render(canvas, width: 3, height: 1).lines == ["⢁⣿ "])
  }

  @Test func diagonalLine() {
    var canvas = BrailleCanvas(width: 2, height: 2)
    canvas.drawLine(fromX: 0, y: 0, toX: 3, y: 7)
    #expect(render(canvas, width: 2, height: 2).lines == ["⢣ ", " ⢣"])
    #expect(canvas.isDotSet(x: 0, y: 0))
    #expect(canvas.isDotSet(x: 3, y: 7))
  }

  @Test func halfBlockFallback() {
    var canvas = BrailleCanvas(width: 4, height: 1, mode: .halfBlocks)
    canvas.setDot(x: 0, y: 0)
    canvas.setDot(x: 3, y: 3)
    canvas.setDot(x: 4, y: 1)
    canvas.setDot(x: 5, y: 2)
    #expect(render(canvas, width: 5, height: 1).lines == ["▀▄█  "])
  }

  @Test func styleByMajorityWithTiesToPriority() {
    let red = Style.plain.foreground(.red)
    let green = Style.plain.foreground(.green)
    var canvas = BrailleCanvas(width: 2, height: 1, stylePriority: [red, green])
    canvas.setDot(x: 0, y: 0, style: green)
    canvas.setDot(x: 0, y: 1, style: green)
    canvas.setDot(x: 1, y: 0, style: red)
    canvas.setDot(x: 2, y: 0, style: green)
    canvas.setDot(x: 3, y: 0, style: red)
    let buffer = render(canvas, width: 2, height: 1)
    #expect(buffer[0, 0].style == green)
    #expect(buffer[1, 0].style == red)
  }

  @Test func markersOverlayDots() {
    var canvas = BrailleCanvas(width: 3, height: 1)
    canvas.setDot(x: 0, y: 0)
    canvas.setDot(x: 2, y: 0)
    canvas.setMarker(column: 1, row: 0, glyph: "●", style: Style.plain.bold())
    canvas.setMarker(column: 9, row: 0, glyph: "x")
    let buffer = render(canvas, width: 4, height: 1)
    #expect(buffer.lines == ["⠁●  "])
    #expect(buffer[1, 0].style == Style.plain.bold())
  }

  @Test func emptyCellsLeaveTheBufferUntouched() {
    var buffer = Buffer(width: 3, height: 1)
    buffer.write("abc", x: 0, y: 0)
    var canvas = BrailleCanvas(width: 3, height: 1)
    canvas.setDot(x: 2, y: 0)
    canvas.render(into: &buffer, area: buffer.area)
    #expect(buffer.lines == ["a⠁c"])
  }

  @Test func dotsOutsideAreIgnored() {
    var canvas = BrailleCanvas(width: 1, height: 1)
    canvas.setDot(x: -1, y: 0)
    canvas.setDot(x: 2, y: 0)
    canvas.setDot(x: 0, y: 4)
    #expect(canvas.mask(column: 0, row: 0) == 0)
  }
}
