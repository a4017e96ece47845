import TerminalUI
import Testing

@Suite struct LayoutTests {
  @Test func verticalLengthsAndFill() {
    let rects = Layout.vertical([.length(1), .fill(1), .length(1)])
      .split(Rect(x: 0, y: 0, width: 80, height: 24))
    #expect(
      rects == [
        Rect(x: 0, y: 0, width: 80, height: 1), Rect(x: 0, y: 1, width: 80, height: 22),
        Rect(x: 0, y: 23, width: 80, height: 1),
      ])
  }

  @Test func fillWeightsShareLeftoverWithRemainderToTheFirst() {
    let layout = Layout.horizontal([.fill(1), .fill(2)])
    #expect(layout.sizes(total: 10) == [4, 6])
    #expect(layout.sizes(total: 11) == [4, 7])
    #expect(Layout.horizontal([.fill(1), .fill(1), .fill(1)]).sizes(total: 8) == [3, 3, 2])
  }

  @Test func percentagesOfOddSizes() {
    let layout = Layout.horizontal([.percentage(50), .percentage(50)])
    #expect(layout.sizes(total: 7) == [3, 3])
    let rects = layout.split(Rect(x: 2, y: 1, width: 7, height: 3))
    #expect(
      rects == [Rect(x: 2, y: 1, width: 3, height: 3), Rect(x: 5, y: 1, width: 3, height: 3)])
  }

  @Test func minimumGrowsWhenNoFill() {
    #expect(Layout.horizontal([.length(10), .minimum(5)]).sizes(total: 30) == [10, 20])
    #expect(Layout.horizontal([.minimum(5), .fill(1)]).sizes(total: 30) == [5, 25])
  }

  @Test func spacingBetweenParts() {
    let rects = Layout.horizontal([.fill(1), .fill(1)], spacing: 1)
      .split(Rect(x: 0, y: 0, width: 9, height: 2))
    #expect(
      rects == [Rect(x: 0, y: 0, width: 4, height: 2), Rect(x: 5, y: 0, width: 4, height: 2)])
  }

  @Test func overfullRequestsShrinkFromTheEnd() {
    let rects = Layout.vertical([.length(3), .length(3), .length(3)])
      .split(Rect(x: 0, y: 0, width: 5, height: 7))
    #expect(rects.map(\.height) == [3, 3, 1])
    #expect(rects.allSatisfy { $0.maxY <= 7 })
  }

  @Test(arguments: [0, 1, 2, 3, 5, 13])
  func totalAlwaysFits(total: Int) {
    let layout = Layout.vertical(
      [.length(2), .percentage(33), .minimum(1), .fill(2), .fill(1)], spacing: 1)
    let area = Rect(x: 0, y: 4, width: 3, height: total)
    let rects = layout.split(area)
    #expect(rects.count == 5)
    #expect(rects.allSatisfy { $0.y >= area.y && $0.maxY <= area.maxY && $0.height >= 0 })
    for (upper, lower) in zip(rects, rects.dropFirst()) {
      #expect(upper.maxY <= lower.y)
    }
  }

  @Test func emptyInputs() {
    #expect(Layout.vertical([]).split(Rect(x: 0, y: 0, width: 4, height: 4)).isEmpty)
    #expect(Layout.vertical([.fill(1)]).split(.zero) == [Rect(x: 0, y: 0, width: 0, height: 0)])
  }
}
