import TerminalUI
import Testing

@Suite struct DialogTests {
  @Test func centredAndClearsBehind() {
    var buffer = Buffer(width: 20, height: 7)
    for row in 0..<7 { buffer.write(String(repeating: "x", count: 20), x: 0, y: row) }
    let dialog = Dialog(title: "Quit?", body: ["Save first"], buttons: ["No", "Yes"])
    dialog.render(into: &buffer, area: buffer.area)
    #expect(
      buffer.lines == [
        "xxxxxxxxxxxxxxxxxxxx",
        "┌Quit?─────────────┐",
        "│ Save first       │",
        "│                  │",
        "│ < No >   [ Yes ] │",
        "└──────────────────┘",
        "xxxxxxxxxxxxxxxxxxxx",
      ])
  }

  @Test func textFieldAndHint() {
    let dialog = Dialog(
      title: "Filter", body: ["Name or code:"], textField: TextField(text: "Côte"),
      hint: Line("Enter apply  Esc cancel"))
    let buffer = render(dialog, width: 30, height: 8)
    #expect(
      buffer.lines == [
        "                              ",
        " ┌Filter────────────────────┐ ",
        " │ Name or code:            │ ",
        " │                          │ ",
        " │ Côte                     │ ",
        " │ Enter apply  Esc cancel  │ ",
        " └──────────────────────────┘ ",
        "                              ",
      ])
    #expect(buffer[7, 4].style.attributes.contains(.reverse))
    #expect(dialog.textFieldArea(in: buffer.area) == Rect(x: 3, y: 4, width: 24, height: 1))
  }
}
