/// Styled text wrapped to the width of its area, aligned, and scrolled vertically.
///
/// Wrapping works on display width: words move to the next row whole when they fit there,
/// words longer than a row are broken, wide characters are never split, and spaces at a
/// wrap point are dropped. Use ``wrappedLines(width:)`` to count the rows before drawing.
public struct Paragraph: Widget, Hashable, Sendable {
  /// Where each row sits horizontally.
  public enum Alignment: Hashable, Sendable {
    /// Flush left.
    case left
    /// Centred (extra column on the right).
    case center
    /// Flush right.
    case right
  }

  /// The source lines (each is wrapped separately).
  public var lines: [Line]
  /// The horizontal alignment of every row.
  public var alignment: Alignment
  /// The number of wrapped rows skipped at the top.
  public var scrollOffset: Int
  /// Whether to wrap; when `false`, rows are clipped at the right edge.
  public var wraps: Bool
  /// A style laid under every span.
  public var style: Style

  /// Creates a paragraph from styled lines.
  public init(
    lines: [Line], alignment: Alignment = .left, scrollOffset: Int = 0, wraps: Bool = true,
    style: Style = .plain
  ) {
    self.lines = lines
    self.alignment = alignment
    self.scrollOffset = scrollOffset
    self.wraps = wraps
    self.style = style
  }

  /// Creates a paragraph from text; `\n` starts a new line.
  public init(
    _ text: String, style: Style = .plain, alignment: Alignment = .left, scrollOffset: Int = 0
  ) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      Line(String($0), style: style)
    }
    self.init(lines: lines, alignment: alignment, scrollOffset: scrollOffset)
  }

  /// The rows the paragraph occupies at the given width, before scrolling.
  public func wrappedLines(width: Int) -> [Line] {
    guard width > 0 else { return [] }
    var result: [Line] = []
    for line in lines {
      if wraps {
        result.append(contentsOf: Paragraph.wrap(line, width: width))
      } else {
        result.append(line)
      }
    }
    return result
  }

  /// Draws the visible rows.
  public func render(into buffer: inout Buffer, area: Rect) {
    let area = area.intersection(buffer.area)
    guard !area.isEmpty else { return }
    let rows = wrappedLines(width: area.width).dropFirst(max(0, scrollOffset)).prefix(area.height)
    var y = area.y
    for row in rows {
      let line =
        style == .plain
        ? row
        : Line(
          spans: row.spans.map {
            Span($0.text, style: style.patched(with: $0.style))
          })
      let lineWidth = min(line.width, area.width)
      let x: Int
      switch alignment {
      case .left: x = area.x
      case .center: x = area.x + (area.width - lineWidth) / 2
      case .right: x = area.maxX - lineWidth
      }
      buffer.write(line, x: x, y: y, maxWidth: area.maxX - x)
      y += 1
    }
  }

  /// One character of a line being wrapped: where its bytes are in the cleaned text of its
  /// span, and how many columns it takes.
  private struct Glyph {
    var span: Int
    var start: Int
    var end: Int
    var width: Int
    var isSpace: Bool
  }

  /// Wraps one line to `width` columns (at least one row, even for an empty line).
  ///
  /// Works on UTF-8 byte ranges: printable ASCII text (most of it) is measured a byte at a
  /// time, and only text with combining or joining characters is broken into grapheme
  /// clusters.
  static func wrap(_ line: Line, width: Int) -> [Line] {
    let texts = line.spans.map { Array(TextSanitizer.clean($0.text).utf8) }
    var glyphs: [Glyph] = []
    glyphs.reserveCapacity(texts.reduce(0) { $0 + $1.count })
    for (span, bytes) in texts.enumerated() {
      if Buffer.isPrintableASCII(bytes) {
        for offset in bytes.indices {
          glyphs.append(
            Glyph(
              span: span, start: offset, end: offset + 1, width: 1,
              isSpace: bytes[offset] == UInt8(ascii: " ")))
        }
        continue
      }
      // Otherwise a grapheme cluster at a time; characters of no width are dropped.
      var offset = 0
      func add(length: Int, width: Int, isSpace: Bool) {
        if width > 0 {
          glyphs.append(
            Glyph(span: span, start: offset, end: offset + length, width: width, isSpace: isSpace))
        }
        offset += length
      }
      let text = String(decoding: bytes, as: UTF8.self)
      for character in text {
        add(
          length: character.utf8.count, width: DisplayWidth.of(character),
          isSpace: character == " ")
      }
    }
    var rows: [[Glyph]] = []
    var current: [Glyph] = []
    var currentWidth = 0
    func finishRow() {
      while let last = current.last, last.isSpace {
        current.removeLast()
      }
      rows.append(current)
      current = []
      currentWidth = 0
    }
    var index = 0
    while index < glyphs.count {
      var end = index
      let isSpaceRun = glyphs[index].isSpace
      var runWidth = 0
      while end < glyphs.count, glyphs[end].isSpace == isSpaceRun {
        runWidth += glyphs[end].width
        end += 1
      }
      if isSpaceRun {
        if !current.isEmpty || rows.isEmpty {
          for glyph in glyphs[index..<end] where currentWidth + glyph.width <= width {
            current.append(glyph)
            currentWidth += glyph.width
          }
        }
      } else if currentWidth + runWidth <= width {
        current.append(contentsOf: glyphs[index..<end])
        currentWidth += runWidth
      } else {
        if runWidth <= width, !current.isEmpty {
          finishRow()
        }
        for glyph in glyphs[index..<end] {
          if currentWidth + glyph.width > width, !current.isEmpty { finishRow() }
          current.append(glyph)
          currentWidth += glyph.width
        }
      }
      index = end
    }
    if !current.isEmpty || rows.isEmpty { finishRow() }
    let styles = line.spans.map(\.style)
    return rows.map { makeLine($0, texts: texts, styles: styles) }
  }

  /// Joins glyphs into a line, merging neighbours of the same style into one span; runs of
  /// glyphs that stand side by side in their source text are copied in one piece.
  private static func makeLine(_ glyphs: [Glyph], texts: [[UInt8]], styles: [Style]) -> Line {
    var spans: [Span] = []
    var index = 0
    while index < glyphs.count {
      let span = glyphs[index].span
      var end = index + 1
      while end < glyphs.count, glyphs[end].span == span, glyphs[end].start == glyphs[end - 1].end {
        end += 1
      }
      let piece = String(
        decoding: texts[span][glyphs[index].start..<glyphs[end - 1].end], as: UTF8.self)
      if let last = spans.last, last.style == styles[span] {
        spans[spans.count - 1].text += piece
      } else {
        spans.append(Span(piece, style: styles[span]))
      }
      index = end
    }
    return Line(spans: spans)
  }
}
