/// A one-line text input with grapheme-aware editing.
///
/// The text is kept as grapheme clusters, so typed non-ASCII (`ô`, `ã`, CJK, emoji) is
/// inserted, deleted and stepped over as one character; a combining mark typed on its own
/// joins the character before the cursor. Control characters are never inserted.
/// ``cursorColumn`` gives the cursor position in display columns.
///
/// Rendering scrolls horizontally so the cursor stays visible and draws the cursor cell in
/// reverse video.
public struct TextField: Widget, Hashable, Sendable {
  /// The characters of the text.
  public private(set) var characters: [Character]
  /// The cursor position, in characters from the start (0…`characters.count`).
  public private(set) var cursorIndex: Int
  /// The largest number of characters accepted, or `nil` for no limit.
  public var maxLength: Int?
  /// Text shown dimmed while the field is empty.
  public var placeholder: String
  /// The style of the text.
  public var style: Style
  /// The style laid over the cursor cell.
  public var cursorStyle: Style
  /// Whether to draw the cursor.
  public var showsCursor: Bool

  /// Creates a field holding `text` with the cursor at its end.
  public init(
    text: String = "", maxLength: Int? = nil, placeholder: String = "", style: Style = .plain,
    cursorStyle: Style = Style.plain.reversed(), showsCursor: Bool = true
  ) {
    self.characters = []
    self.cursorIndex = 0
    self.maxLength = maxLength.map { max(0, $0) }
    self.placeholder = placeholder
    self.style = style
    self.cursorStyle = cursorStyle
    self.showsCursor = showsCursor
    insert(text)
  }

  /// The text.
  public var text: String { String(characters) }

  /// Whether the field is empty.
  public var isEmpty: Bool { characters.isEmpty }

  /// The display columns before the cursor.
  public var cursorColumn: Int {
    var columns = 0
    for character in characters[0..<cursorIndex] {
      columns += DisplayWidth.of(character)
    }
    return columns
  }

  /// Inserts one character at the cursor; returns whether it was inserted.
  ///
  /// Control characters are refused, as is anything past ``maxLength``. A lone combining mark
  /// is merged into the character before the cursor when they form one grapheme cluster.
  @discardableResult
  public mutating func insert(_ character: Character) -> Bool {
    guard TextSanitizer.isClean(String(character)) else { return false }
    if DisplayWidth.of(character) == 0 {
      guard cursorIndex > 0 else { return false }
      let combined = String(characters[cursorIndex - 1]) + String(character)
      guard combined.count == 1, let merged = combined.first else { return false }
      characters[cursorIndex - 1] = merged
      return true
    }
    if let maxLength, characters.count >= maxLength { return false }
    characters.insert(character, at: cursorIndex)
    cursorIndex += 1
    return true
  }

  /// Inserts text at the cursor, character by character, stopping at ``maxLength``.
  public mutating func insert(_ text: String) {
    for character in TextSanitizer.clean(text) {
      if !insert(character), let maxLength, characters.count >= maxLength { break }
    }
  }

  /// Deletes the character before the cursor (Backspace).
  public mutating func deleteBackward() {
    guard cursorIndex > 0 else { return }
    characters.remove(at: cursorIndex - 1)
    cursorIndex -= 1
  }

  /// Deletes the character under the cursor (Delete).
  public mutating func deleteForward() {
    guard cursorIndex < characters.count else { return }
    characters.remove(at: cursorIndex)
  }

  /// Moves the cursor one character left.
  public mutating func moveLeft() {
    cursorIndex = max(0, cursorIndex - 1)
  }

  /// Moves the cursor one character right.
  public mutating func moveRight() {
    cursorIndex = min(characters.count, cursorIndex + 1)
  }

  /// Moves the cursor to the start.
  public mutating func moveToStart() {
    cursorIndex = 0
  }

  /// Moves the cursor to the end.
  public mutating func moveToEnd() {
    cursorIndex = characters.count
  }

  /// Removes all text.
  public mutating func clear() {
    characters = []
    cursorIndex = 0
  }

  /// Applies an editing key; returns whether the key was used.
  ///
  /// Characters insert, Backspace/Delete delete, Left/Right/Home/End move, Ctrl-A and Ctrl-E
  /// go to the start and end, Ctrl-U clears. Other keys are left to the caller.
  @discardableResult
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .character(let character): insert(character)
    case .backspace: deleteBackward()
    case .delete: deleteForward()
    case .left: moveLeft()
    case .right: moveRight()
    case .home, .control("a"): moveToStart()
    case .end, .control("e"): moveToEnd()
    case .control("u"): clear()
    default: return false
    }
    return true
  }

  /// Draws the visible part of the text on the first row of `area`, with the cursor.
  public func render(into buffer: inout Buffer, area: Rect) {
    let area = area.intersection(buffer.area)
    guard !area.isEmpty else { return }
    buffer.fill(
      Rect(x: area.x, y: area.y, width: area.width, height: 1),
      with: Cell(symbol: " ", style: style))
    if characters.isEmpty, !placeholder.isEmpty {
      buffer.write(placeholder, x: area.x, y: area.y, maxWidth: area.width, style: style.dim())
    }
    // Scroll so the cursor cell (one column past the text before it) stays inside the area.
    var start = 0
    var widthBeforeCursor = cursorColumn
    while start < cursorIndex, widthBeforeCursor + 1 > area.width {
      widthBeforeCursor -= DisplayWidth.of(characters[start])
      start += 1
    }
    var x = area.x
    for index in start..<characters.count {
      let written = buffer.write(
        String(characters[index]), x: x, y: area.y, maxWidth: area.maxX - x, style: style)
      if written == 0 { break }
      x += written
    }
    guard showsCursor else { return }
    let cursorX = area.x + widthBeforeCursor
    let cursorWidth = cursorIndex < characters.count ? DisplayWidth.of(characters[cursorIndex]) : 1
    buffer.patchStyle(
      cursorStyle,
      in: Rect(x: cursorX, y: area.y, width: min(cursorWidth, area.maxX - cursorX), height: 1))
  }
}
