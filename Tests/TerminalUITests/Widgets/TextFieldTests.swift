import TerminalUI
import Testing

@Suite struct TextFieldTests {
  @Test func typingNonASCII() {
    var field = TextField()
    for character in "Côte" { field.handle(.character(character)) }
    #expect(field.text == "Côte")
    #expect(field.cursorIndex == 4)
    #expect(field.cursorColumn == 4)
  }

  @Test func combiningMarkJoinsThePreviousCharacter() {
    var field = TextField(text: "Sa")
    field.insert(Character("\u{0303}"))
    field.insert("o")
    #expect(field.text == "Sa\u{0303}o")
    #expect(field.characters.count == 3)
  }

  @Test func editingKeys() {
    var field = TextField(text: "Japan")
    field.handle(.left)
    field.handle(.left)
    field.handle(.backspace)
    #expect(field.text == "Jaan")
    field.handle(.delete)
    #expect(field.text == "Jan")
    field.handle(.home)
    field.handle(.character("X"))
    #expect(field.text == "XJan")
    field.handle(.end)
    #expect(field.cursorIndex == 4)
    let result1 = field.handle(.up)
    #expect(!result1)
    field.handle(.control("u"))
    #expect(field.isEmpty)
  }

  @Test func cursorColumnCountsWideCharacters() {
    var field = TextField(text: "日本x")
    field.moveLeft()
    #expect(field.cursorColumn == 4)
  }

  @Test func maxLengthAndControlCharacters() {
    var field = TextField(text: "abcdef", maxLength: 4)
    #expect(field.text == "abcd")
    let result2 = field.insert(Character("e"))
    #expect(!result2)
    var other = TextField()
    let result3 = other.insert(Character("\u{1B}"))
    #expect(!result3)
    other.insert("a\u{1B}b")
    #expect(other.text == "ab")
  }

  @Test func rendersWithCursorCell() {
    var field = TextField(text: "São")
    field.moveLeft()
    let buffer = render(field, width: 6, height: 1)
    #expect(buffer.lines == ["São   "])
    #expect(buffer[2, 0].style.attributes.contains(.reverse))
    #expect(!buffer[1, 0].style.attributes.contains(.reverse))
  }

  @Test func scrollsToKeepTheCursorVisible() {
    let field = TextField(text: "abcdefgh")
    let buffer = render(field, width: 5, height: 1)
    #expect(buffer.lines == ["efgh "])
    #expect(buffer[4, 0].style.attributes.contains(.reverse))
  }

  @Test func placeholder() {
    let buffer = render(TextField(placeholder: "Filter"), width: 8, height: 1)
    #expect(buffer.lines == ["Filter  "])
    #expect(buffer[1, 0].style.attributes.contains(.dim))
  }
}
