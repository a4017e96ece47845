import TerminalUI
import Testing

@Suite struct RectTests {
  @Test func edgesAndContainment() {
    let rect = Rect(x: 2, y: 3, width: 4, height: 5)
    #expect(rect.maxX == 6)
    #expect(rect.maxY == 8)
    #expect(rect.contains(x: 2, y: 3))
    #expect(rect.contains(x: 5, y: 7))
    #expect(!rect.contains(x: 6, y: 7))
    #expect(!rect.contains(x: 1, y: 3))
    #expect(!rect.isEmpty)
    #expect(Rect(x: 0, y: 0, width: 0, height: 3).isEmpty)
  }

  @Test func negativeSizesBecomeZero() {
    #expect(Rect(x: 1, y: 1, width: -3, height: 2).width == 0)
  }

  @Test func insetNeverGoesNegative() {
    let rect = Rect(x: 0, y: 0, width: 10, height: 4)
    #expect(rect.inset(by: 1) == Rect(x: 1, y: 1, width: 8, height: 2))
    #expect(rect.inset(by: 3).height == 0)
    #expect(rect.inset(by: 3).width == 4)
    #expect(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 1).isEmpty)
  }

  @Test func intersection() {
    let first = Rect(x: 0, y: 0, width: 5, height: 5)
    let second = Rect(x: 3, y: 2, width: 5, height: 5)
    #expect(first.intersection(second) == Rect(x: 3, y: 2, width: 2, height: 3))
    #expect(first.intersection(Rect(x: 7, y: 7, width: 2, height: 2)).isEmpty)
    #expect(!first.intersects(Rect(x: 5, y: 0, width: 2, height: 2)))
  }

  @Test func splitHelpers() {
    let rect = Rect(x: 1, y: 1, width: 10, height: 6)
    let (top, rest) = rect.splitTop(2)
    #expect(top == Rect(x: 1, y: 1, width: 10, height: 2))
    #expect(rest == Rect(x: 1, y: 3, width: 10, height: 4))
    let (above, bottom) = rect.splitBottom(1)
    #expect(above.height == 5)
    #expect(bottom == Rect(x: 1, y: 6, width: 10, height: 1))
    let (left, right) = rect.splitLeft(20)
    #expect(left.width == 10)
    #expect(right.width == 0)
    #expect(rect.splitRight(3).right == Rect(x: 8, y: 1, width: 3, height: 6))
    #expect(rect.rows.count == 6)
    #expect(rect.columns.last == Rect(x: 10, y: 1, width: 1, height: 6))
  }

  @Test func centered() {
    let rect = Rect(x: 0, y: 0, width: 11, height: 5)
    #expect(rect.centered(width: 5, height: 3) == Rect(x: 3, y: 1, width: 5, height: 3))
    #expect(rect.centered(width: 50, height: 9) == rect)
  }
}
