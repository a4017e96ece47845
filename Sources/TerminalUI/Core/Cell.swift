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

  /// The symbol used for the trailing column of a wide character.
  public static let continuationSymbol = ""

  /// A space with the plain style.
  public static let blank = Cell(symbol: " ")

  /// Whether this cell is the trailing column of a wide character.
  public var isContinuation: Bool { symbol.isEmpty }
}
