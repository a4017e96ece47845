extension Line {
  /// The line cut to at most `maxWidth` columns, ending with `ellipsis` when anything was cut.
  ///
  /// The ellipsis takes the style of the last visible span. Wide characters are never split.
  public func truncated(toWidth maxWidth: Int, ellipsis: String = "…") -> Line {
    let limit = max(0, maxWidth)
    if width <= limit { return self }
    let ellipsisWidth = DisplayWidth.of(ellipsis)
    guard limit >= ellipsisWidth else { return Line.empty.prefix(width: limit, of: self) }
    var result = Line.empty.prefix(width: limit - ellipsisWidth, of: self)
    let style = result.spans.last?.style ?? spans.first?.style ?? .plain
    result.spans.append(Span(ellipsis, style: style))
    return result
  }

  /// The first `maxWidth` columns of `line`, appended to this line.
  private func prefix(width maxWidth: Int, of line: Line) -> Line {
    var result = self
    var used = 0
    var isFull = false
    for span in line.spans where !isFull {
      var text = ""
      for character in TextSanitizer.clean(span.text) {
        let characterWidth = DisplayWidth.of(character)
        if used + characterWidth > maxWidth {
          isFull = true
          break
        }
        text.append(character)
        used += characterWidth
      }
      if !text.isEmpty { result.spans.append(Span(text, style: span.style)) }
    }
    return result
  }
}

extension String {
  /// The string cut to at most `maxWidth` display columns, ending with `ellipsis` when cut.
  public func truncated(toWidth maxWidth: Int, ellipsis: String = "…") -> String {
    Line(self).truncated(toWidth: maxWidth, ellipsis: ellipsis).plainText
  }
}
