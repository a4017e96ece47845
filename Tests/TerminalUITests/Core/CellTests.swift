import Testing

@testable import TerminalUI

@Suite struct CellTests {
  /// `haveSameBits` on two cells stored side by side.
  func sameBits(_ left: Cell, _ right: Cell) -> Bool {
    [left, right].withUnsafeBufferPointer { cells in
      guard let base = cells.baseAddress else { return false }
      return Cell.haveSameBits(base, base + 1)
    }
  }

  @Test func equalShortCellsHaveTheSameBits() {
    let bold = Style.plain.foreground(.indexed(3)).bold()
    #expect(sameBits(Cell(symbol: "é", style: bold), Cell(symbol: "é", style: bold)))
    #expect(sameBits(Cell.blank, Cell(symbol: " ")))
  }

  @Test func anyDifferenceInSymbolOrStyleShowsInTheBits() {
    let cell = Cell(symbol: "a", style: Style.plain.foreground(.red))
    #expect(!sameBits(cell, Cell(symbol: "b", style: Style.plain.foreground(.red))))
    #expect(!sameBits(cell, Cell(symbol: "a", style: Style.plain.foreground(.indexed(1)))))
    #expect(!sameBits(cell, Cell(symbol: "a", style: Style.plain.background(.red))))
    #expect(!sameBits(cell, Cell(symbol: "a", style: Style.plain.foreground(.red).bold())))
  }

  @Test func equalCellsWithDifferentBitsAreStillEqual() {
    // A symbol too long to be stored inline: two copies built apart live in two objects.
    let long = "👨‍👩‍👧‍👦"
    let left = Cell(
      symbol: String(long.unicodeScalars.map(Character.init).map(String.init).joined()))
    let right = Cell(symbol: long)
    #expect(!sameBits(left, right))
    #expect(left == right)
  }
}
