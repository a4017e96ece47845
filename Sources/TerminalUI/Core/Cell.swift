/// One terminal cell: a symbol and its style.
///
/// `symbol` holds exactly one grapheme cluster. A wide character (display width 2) occupies its
/// cell plus the next one, whose symbol is the empty string ``continuationSymbol``; the
/// backend skips such trailing cells.
public struct Cell: Hashable, Sendable {
  /// The grapheme cluster shown in the cell, or `""` for the trailing column of a wide character.
  public var symbol: String
  /// The style of the cell.
  public var style: Style

  /// Creates a cell.
  public init(symbol: String, style: Style = .plain) {
    self.symbol = symbol
    self.style = style
  }

  /// Whether two cells show the same symbol in the same style.
  ///
  /// Written out, and inlinable, because cells are compared on every frame.
  @inlinable
  public static func == (left: Cell, right: Cell) -> Bool {
    left.symbol == right.symbol && left.style == right.style
  }

  /// Whether the cells at two addresses hold the same bytes, which makes them equal; cells
  /// whose bytes differ may still be equal, so compare those with `==`.
  ///
  /// Reads the symbol's 16 bytes and the style's 5 and never the padding after them; always
  /// false if the layout is not that one. A whole screen is compared on every frame, and
  /// this skips the reference counting of copying the cells out.
  @inlinable
  public static func haveSameBits(_ left: UnsafePointer<Cell>, _ right: UnsafePointer<Cell>)
    -> Bool
  {
    guard MemoryLayout<String>.size == 16, MemoryLayout<Style>.size == 5,
      MemoryLayout<Cell>.size == 21
    else { return false }
    let left = UnsafeRawPointer(left)
    let right = UnsafeRawPointer(right)
    return left.loadUnaligned(as: UInt64.self) == right.loadUnaligned(as: UInt64.self)
      && left.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        == right.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
      && left.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
        == right.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
      && left.load(fromByteOffset: 20, as: UInt8.self)
        == right.load(fromByteOffset: 20, as: UInt8.self)
  }

  /// The symbol used for the trailing column of a wide character.
  public static let continuationSymbol = ""

  /// A space with the plain style.
  public static let blank = Cell(symbol: " ")

  /// Whether this cell is the trailing column of a wide character.
  public var isContinuation: Bool { symbol.isEmpty }
}
