/// How a cell looks: foreground and background colours plus text attributes.
///
/// Builder helpers return modified copies, so styles read naturally:
/// `Style.plain.foreground(.cyan).bold()`.
public struct Style: Hashable, Sendable {
  /// The text colour.
  public var foreground: Color
  /// The cell background colour.
  public var background: Color
  /// Attributes such as bold or reverse.
  public var attributes: TextAttributes

  /// Creates a style; every part defaults to the terminal's plain look.
  public init(
    foreground: Color = .terminalDefault, background: Color = .terminalDefault,
    attributes: TextAttributes = []
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  /// Whether two styles look the same: colours and attributes alike.
  ///
  /// Written out, and inlinable, because cells are compared on every frame.
  @inlinable
  public static func == (left: Style, right: Style) -> Bool {
    left.attributes.rawValue == right.attributes.rawValue
      && left.foreground == right.foreground && left.background == right.background
  }

  /// Default colours and no attributes.
  public static let plain = Style()

  /// A copy with the given foreground colour.
  public func foreground(_ color: Color) -> Style {
    var copy = self
    copy.foreground = color
    return copy
  }

  /// A copy with the given background colour.
  public func background(_ color: Color) -> Style {
    var copy = self
    copy.background = color
    return copy
  }

  /// A copy with the given attributes added.
  public func adding(_ extra: TextAttributes) -> Style {
    var copy = self
    copy.attributes.formUnion(extra)
    return copy
  }

  /// A copy with the given attributes removed.
  public func removing(_ unwanted: TextAttributes) -> Style {
    var copy = self
    copy.attributes.subtract(unwanted)
    return copy
  }

  /// A copy with bold added.
  public func bold() -> Style { adding(.bold) }

  /// A copy with dim added.
  public func dim() -> Style { adding(.dim) }

  /// A copy with italic added.
  public func italic() -> Style { adding(.italic) }

  /// A copy with underline added.
  public func underlined() -> Style { adding(.underline) }

  /// A copy with reverse video added.
  public func reversed() -> Style { adding(.reverse) }

  /// This style with another laid on top: the other's non-default colours win and the
  /// attributes are combined.
  public func patched(with other: Style) -> Style {
    Style(
      foreground: other.foreground == .terminalDefault ? foreground : other.foreground,
      background: other.background == .terminalDefault ? background : other.background,
      attributes: attributes.union(other.attributes))
  }

  /// The style with its colours downgraded for the given colour mode; attributes are kept.
  public func downgraded(to mode: ColorMode) -> Style {
    Style(
      foreground: foreground.downgraded(to: mode), background: background.downgraded(to: mode),
      attributes: attributes)
  }
}
