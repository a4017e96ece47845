import TerminalUI
import Testing

@Suite struct BlockTests {
  @Test func lightBorderWithTitle() {
    let buffer = render(Block(title: "Title"), width: 9, height: 3)
    #expect(buffer.lines == ["┌Title──┐", "│       │", "└───────┘"])
  }

  @Test func titleIsClippedWithEllipsis() {
    let buffer = render(Block(title: "Parties and signatories"), width: 10, height: 2)
    #expect(buffer.lines == ["┌Parties…┐", "└────────┘"])
  }

  @Test func rightTitleAndFooter() {
    let block = Block(title: Line("Map"), rightTitle: Line("3/9"), footer: Line("q"))
    let buffer = render(block, width: 12, height: 3)
    #expect(buffer.lines == ["┌Map────3/9┐", "│          │", "└─────────q┘"])
  }

  @Test func focusedBlockIsHeavyBoldAndMarked() {
    let buffer = render(Block(title: "News", isFocused: true), width: 9, height: 3)
    #expect(buffer.lines == ["┏▶News━━┓", "┃       ┃", "┗━━━━━━━┛"])
    #expect(buffer[0, 0].style.attributes.contains(.bold))
    #expect(buffer[2, 0].style.attributes.contains(.bold))
  }

  @Test func asciiVariants() {
    #expect(
      render(Block(title: "Map", borderType: .ascii), width: 7, height: 3).lines == [
        "+Map--+", "|     |", "+-----+",
      ])
    #expect(
      render(Block(title: "Map", borderType: .ascii, isFocused: true), width: 7, height: 3).lines
        == ["#>Map=#", "|     |", "#=====#"])
  }

  @Test func otherBorderTypes() {
    #expect(
      render(Block(borderType: .rounded), width: 3, height: 3).lines == ["╭─╮", "│ │", "╰─╯"])
    #expect(render(Block(borderType: .double), width: 3, height: 2).lines == ["╔═╗", "╚═╝"])
  }

  @Test func innerAreaAndTinyAreas() {
    let block = Block(title: "x")
    #expect(
      block.inner(Rect(x: 0, y: 0, width: 10, height: 5)) == Rect(x: 1, y: 1, width: 8, height: 3))
    #expect(render(block, width: 1, height: 3).lines == [" ", " ", " "])
  }

  @Test func styledTitle() {
    let block = Block(
      title: Line("Hi", style: Style.plain.foreground(.cyan)),
      borderStyle: Style.plain.foreground(.blue))
    let buffer = render(block, width: 6, height: 2)
    #expect(buffer[1, 0].style.foreground == .cyan)
    #expect(buffer[0, 0].style.foreground == .blue)
  }
}
