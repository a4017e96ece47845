/// A run of text drawn with one style.
public struct Span: Hashable, Sendable {
  /// The text of the run; control characters are removed when drawn.
  public var text: String
  /// The style of every cell of the run.
  public var style: Style

  /// Creates a span.
  public init(_ text: String, style: Style = .plain) {
    self.text = text
    self.style = style
  }

  /// Creates a span (labelled form).
  public init(text: String, style: Style = .plain) {
    self.init(text, style: style)
  }

  /// The display width of the span in terminal columns.
  public var width: Int { DisplayWidth.of(text) }
}
