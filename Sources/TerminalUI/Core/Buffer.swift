#if canImport(Glibc)
  import Glibc
#endif

/// An in-memory screen: a grid of ``Cell``s that widgets draw into.
///
/// Widgets never talk to the terminal; they write into a `Buffer`, and a ``TerminalBackend``
/// sends only the cells that changed since its previous frame. The buffer keeps wide
/// characters consistent: a wide character occupies its cell plus a trailing continuation cell
/// (symbol `""`), and overwriting either half turns the orphaned other half into a space.
///
/// Writing text clips to the buffer, never splits a wide character and strips control
/// characters (see ``TextSanitizer``), so data can never drive the terminal.
public struct Buffer: Hashable, Sendable {
  /// The number of columns.
  public private(set) var width: Int
  /// The number of rows.
  public private(set) var height: Int
  /// The cells, row by row.
  public private(set) var cells: [Cell]

  /// Creates a buffer filled with blank cells; negative sizes are treated as zero.
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.cells = Array(repeating: .blank, count: self.width * self.height)
  }

  /// Creates a buffer of the given size filled with blank cells.
  public init(size: Size) {
    self.init(width: size.width, height: size.height)
  }

  /// The whole buffer as a rectangle at the origin.
  public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  /// The size of the buffer.
  public var size: Size { Size(width: width, height: height) }

  /// The cell at column `x`, row `y`; reading outside the buffer gives a blank cell and
  /// writing outside it is ignored.
  ///
  /// Setting a cell keeps wide characters consistent: when it overwrites half of a wide
  /// character, the other half becomes a space. To place a wide character directly, set its
  /// cell and then set the next cell to a continuation (`symbol == ""`).
  public subscript(x: Int, y: Int) -> Cell {
    get {
      guard x >= 0, y >= 0, x < width, y < height else { return .blank }
      return cells[y * width + x]
    }
    set {
      guard x >= 0, y >= 0, x < width, y < height else { return }
      store(newValue, column: x, row: y)
    }
  }

  /// Stores a cell, repairing any wide character it cuts in half.
  private mutating func store(_ cell: Cell, column: Int, row: Int) {
    let index = row * width + column
    if cells[index].isContinuation, !cell.isContinuation, column > 0 {
      cells[index - 1].symbol = " "
    }
    if column + 1 < width, cells[index + 1].isContinuation {
      cells[index + 1].symbol = " "
    }
    cells[index] = cell
  }

  /// Writes text on one row starting at column `x`, and returns the columns advanced.
  ///
  /// Control characters are removed first. Text is clipped to the buffer and to `maxWidth`
  /// columns; a wide character that would not fit whole is replaced by a space. Characters
  /// of zero width on their own (such as a lone combining mark) are skipped.
  @discardableResult
  public mutating func write(
    _ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain
  ) -> Int {
    let limit = maxWidth.map { x + max(0, $0) } ?? Int.max
    return write(text, from: x, to: limit, row: y, style: style) - x
  }

  /// Writes a styled line on one row starting at column `x`, and returns the columns advanced.
  ///
  /// Each span is written with its own style, with the same clipping rules as
  /// ``write(_:x:y:maxWidth:style:)``.
  @discardableResult
  public mutating func write(_ line: Line, x: Int, y: Int, maxWidth: Int? = nil) -> Int {
    let limit = maxWidth.map { x + max(0, $0) } ?? Int.max
    var column = x
    for span in line.spans {
      if column >= limit || column >= width { break }
      column = write(span.text, from: column, to: limit, row: y, style: span.style)
    }
    return column - x
  }

  /// Writes text from `start` up to (not including) column `limit`; returns the end column.
  private mutating func write(
    _ text: String, from start: Int, to limit: Int, row: Int, style: Style
  ) -> Int {
    guard row >= 0, row < height else { return start }
    let end = min(limit, width)
    var column = start
    if Buffer.isPrintableASCII(text.utf8) {
      return writeASCII(text.utf8, from: start, to: end, row: row, style: style)
    }
    for character in TextSanitizer.clean(text) {
      guard place(String(character), width: DisplayWidth.of(character), at: &column, end: end)
      else { break }
    }
    return column

    /// Places one character of `width` columns at `column` and moves past it; false when
    /// the row is full. A wide character that would not fit whole becomes a space.
    func place(_ symbol: String, width: Int, at column: inout Int, end: Int) -> Bool {
      if column >= end { return false }
      if width == 0 { return true }
      if column + width > end {
        if column >= 0 { store(Cell(symbol: " ", style: style), column: column, row: row) }
        column += 1
        return false
      }
      if column < 0 {
        if column + width > 0 { store(Cell(symbol: " ", style: style), column: 0, row: row) }
        column += width
        return true
      }
      store(Cell(symbol: symbol, style: style), column: column, row: row)
      if width == 2 {
        store(Cell(symbol: Cell.continuationSymbol, style: style), column: column + 1, row: row)
      }
      column += width
      return true
    }
  }

  /// Writes printable ASCII from `start` up to (not including) column `end` (at most the
  /// width); returns the end column.
  ///
  /// One byte is one column, so the run of cells is known beforehand: only the wide
  /// characters cut at its two ends need repair (see ``store(_:column:row:)``), and the
  /// cells in between are assigned directly.
  private mutating func writeASCII(
    _ text: String.UTF8View, from start: Int, to end: Int, row: Int, style: Style
  ) -> Int {
    guard start < end else { return start }
    let stop = min(start + text.count, end)
    let first = max(start, 0)
    guard first < stop else { return stop }
    let rowStart = row * width
    let width = self.width
    let symbols = Buffer.asciiSymbols
    cells.withUnsafeMutableBufferPointer { cells in
      if first > 0, cells[rowStart + first].isContinuation {
        cells[rowStart + first - 1].symbol = " "
      }
      if stop < width, cells[rowStart + stop].isContinuation {
        cells[rowStart + stop].symbol = " "
      }
      var column = first
      var index = text.index(text.startIndex, offsetBy: first - start)
      while column < stop {
        cells[rowStart + column] = Cell(symbol: symbols[Int(text[index])], style: style)
        text.formIndex(after: &index)
        column += 1
      }
    }
    return stop
  }

  /// Whether the cells at `index` of two buffers are equal: first by the symbol's bits (the
  /// same bits are the same string, and most cells of a frame are unchanged), else by value.
  @inline(__always)
  private static func same(
    _ now: UnsafeBufferPointer<Cell>, _ old: UnsafeBufferPointer<Cell>, _ index: Int
  ) -> Bool {
    let left = now[index]
    let right = old[index]
    guard left.style == right.style else { return false }
    if MemoryLayout<String>.size == 16,
      unsafeBitCast(left.symbol, to: (UInt64, UInt64).self)
        == unsafeBitCast(right.symbol, to: (UInt64, UInt64).self)
    {
      return true
    }
    return left.symbol == right.symbol
  }

  /// Whether every byte of some UTF-8 text is a printable ASCII character (space to `~`).
  static func isPrintableASCII(_ bytes: some Sequence<UInt8>) -> Bool {
    for byte in bytes where byte < 0x20 || byte >= 0x7F { return false }
    return true
  }

  /// The one-character strings of the ASCII range, indexed by code, so that writing ASCII
  /// text makes no new strings.
  private static let asciiSymbols: [String] = (0..<128).map {
    String(Unicode.Scalar(UInt8($0)))
  }

  /// Sets every cell of `rect` (clipped to the buffer) to `cell`, which should be one column wide.
  public mutating func fill(_ rect: Rect, with cell: Cell) {
    let clipped = rect.intersection(area)
    guard !clipped.isEmpty else { return }
    for row in clipped.y..<clipped.maxY {
      for column in clipped.x..<clipped.maxX {
        store(cell, column: column, row: row)
      }
    }
  }

  /// The cells of `rect` (clipped to the buffer), row by row: a drawing to put back later
  /// with ``paste(_:)``.
  public func copy(_ rect: Rect) -> BufferRegion {
    let clipped = rect.intersection(area)
    var cells: [Cell] = []
    cells.reserveCapacity(clipped.width * clipped.height)
    for row in clipped.y..<clipped.maxY {
      let start = row * width + clipped.x
      cells.append(contentsOf: self.cells[start..<start + clipped.width])
    }
    return BufferRegion(rect: clipped, cells: cells)
  }

  /// Puts back cells taken with ``copy(_:)``, exactly as they were; ignored when the region
  /// no longer fits this buffer.
  public mutating func paste(_ region: BufferRegion) {
    let rect = region.rect
    guard rect.intersection(area) == rect, region.cells.count == rect.width * rect.height else {
      return
    }
    let width = self.width
    cells.withUnsafeMutableBufferPointer { target in
      region.cells.withUnsafeBufferPointer { source in
        for row in 0..<rect.height {
          let targetStart = (rect.y + row) * width + rect.x
          let sourceStart = row * rect.width
          for column in 0..<rect.width {
            target[targetStart + column] = source[sourceStart + column]
          }
        }
      }
    }
  }

  /// Blanks every cell of `rect` (clipped to the buffer).
  public mutating func clear(_ rect: Rect) {
    fill(rect, with: .blank)
  }

  /// Replaces the style of every cell of `rect` (clipped to the buffer), keeping the symbols.
  public mutating func setStyle(_ style: Style, in rect: Rect) {
    let clipped = rect.intersection(area)
    guard !clipped.isEmpty else { return }
    for row in clipped.y..<clipped.maxY {
      for column in clipped.x..<clipped.maxX {
        cells[row * width + column].style = style
      }
    }
  }

  /// Lays `style` over the style of every cell of `rect` (see ``Style/patched(with:)``).
  public mutating func patchStyle(_ style: Style, in rect: Rect) {
    let clipped = rect.intersection(area)
    guard !clipped.isEmpty else { return }
    for row in clipped.y..<clipped.maxY {
      for column in clipped.x..<clipped.maxX {
        let index = row * width + column
        cells[index].style = cells[index].style.patched(with: style)
      }
    }
  }

  /// Each row as text: a wide character appears once and trailing spaces are kept, so every
  /// row has the same display width as the buffer.
  public var lines: [String] {
    (0..<height).map { line(at: $0) }
  }

  /// Row `y` as text (see ``lines``); empty when out of range.
  public func line(at row: Int) -> String {
    guard row >= 0, row < height else { return "" }
    var text = ""
    text.reserveCapacity(width)
    for column in 0..<width {
      text += cells[row * width + column].symbol
    }
    return text
  }

  /// The cells that differ from `previous`, left to right and top to bottom, skipping the
  /// trailing halves of wide characters; every drawable cell when `previous` is `nil` or has
  /// another size. A wide character is sent again when the cell it covers changed.
  ///
  /// Every frame is compared whole, so the loop reads both buffers in place, without bounds
  /// checks or copies of the cells.
  public func updates(since previous: Buffer?) -> [CellUpdate] {
    var result: [CellUpdate] = []
    let comparable = previous.map { $0.width == width && $0.height == height } ?? false
    let before = comparable ? previous?.cells ?? [] : []
    cells.withUnsafeBufferPointer { now in
      before.withUnsafeBufferPointer { old in
        for row in 0..<height {
          let rowStart = row * width
          // A row whose memory is unchanged holds the same cells (the same bits are the
          // same strings and styles): most rows of a frame, skipped at the cost of a memcmp.
          if comparable, let nowBase = now.baseAddress, let oldBase = old.baseAddress,
            memcmp(
              nowBase + rowStart, oldBase + rowStart, width * MemoryLayout<Cell>.stride) == 0
          {
            continue
          }
          for column in 0..<width {
            let index = rowStart + column
            if now[index].isContinuation { continue }
            let spansNext = column + 1 < width && now[index + 1].isContinuation
            if comparable, Buffer.same(now, old, index),
              !spansNext || Buffer.same(now, old, index + 1)
            {
              continue
            }
            result.append(
              CellUpdate(x: column, y: row, cell: now[index], columns: spansNext ? 2 : 1))
          }
        }
      }
    }
    return result
  }

}
