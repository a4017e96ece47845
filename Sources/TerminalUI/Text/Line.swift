/// One row of styled text made of ``Span``s.
public struct Line: Hashable, Sendable, ExpressibleByStringLiteral {
  /// The styled runs, left to right.
  public var spans: [Span]

  /// Creates a line of a single span.
  public init(_ text: String, style: Style = .plain) {
    self.spans = [Span(text, style: style)]
  }

  /// Creates a line from styled runs.
  public init(spans: [Span]) {
    self.spans = spans
  }

  /// Creates an unstyled line from a string literal.
  public init(stringLiteral value: String) {
    self.init(value)
  }

  /// An empty line.
  public static let empty = Line(spans: [])

  /// The display width of the line in terminal columns.
  public var width: Int {
    var total = 0
    for span in spans { total += span.width }
    return total
  }

  /// The text of every span concatenated, without styles.
  public var plainText: String {
    var text = ""
    for span in spans { text += span.text }
    return text
  }

  /// A copy with `style` laid over every span (see ``Style/patched(with:)``).
  public func patchingStyle(_ style: Style) -> Line {
    Line(spans: spans.map { Span($0.text, style: $0.style.patched(with: style)) })
  }
}
