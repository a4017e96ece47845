import TerminalUI
import Testing

@Suite struct ColorTests {
  @Test func namedColoursKeepTheirIndex() {
    #expect(Color.red.paletteIndex == 1)
    #expect(Color.brightWhite.paletteIndex == 15)
    #expect(Color.terminalDefault.paletteIndex == nil)
    #expect(Color.indexed(3).nearestAnsi16 == .yellow)
  }

  @Test(arguments: [
    (UInt8(196), Color.brightRed), (UInt8(46), Color.brightGreen), (UInt8(21), Color.blue),
    (UInt8(16), Color.black), (UInt8(231), Color.brightWhite), (UInt8(244), Color.brightBlack),
    (UInt8(51), Color.brightCyan), (UInt8(28), Color.green),
  ])
  func indexedDowngradesToNearestAnsi(index: UInt8, expected: Color) {
    #expect(Color.indexed(index).nearestAnsi16 == expected)
    #expect(Color.indexed(index).downgraded(to: .ansi16) == expected)
  }

  @Test func downgradeByMode() {
    #expect(Color.indexed(196).downgraded(to: .ansi256) == .indexed(196))
    #expect(Color.red.downgraded(to: .none) == .terminalDefault)
    let style = Style.plain.foreground(.indexed(196)).bold()
    #expect(style.downgraded(to: .none) == Style.plain.bold())
  }
}
