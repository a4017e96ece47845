import CNcursesw
import TerminalUI

/// Turns a ``Style`` into the curses attribute bits and colour pair that show it.
///
/// Colours are first downgraded for the active ``ColorMode`` (indexed colours become the
/// nearest of the 16 ANSI colours under ``ColorMode/ansi16``; every colour is dropped under
/// ``ColorMode/none``, attributes are kept), then clamped to the palette the terminal really
/// has. Colour pairs are allocated lazily, one per distinct (foreground, background) pair; when
/// the terminal runs out of pairs, further combinations fall back to the default colours. On an
/// 8-colour terminal, bright foregrounds become their basic colour in bold.
struct StyleEncoder {
  /// The attribute bits and colour pair for one style.
  struct Encoding: Equatable {
    /// The curses video attributes (`A_BOLD`, ...).
    var attributes: attr_t
    /// The colour pair number; 0 is the terminal's default colours.
    var pair: Int32
  }

  /// A foreground and background palette index; -1 is the terminal's default colour.
  private struct ColorKey: Hashable {
    var foreground: Int32
    var background: Int32
  }

  /// The colour mode styles are encoded for.
  let colorMode: ColorMode
  /// How many palette entries the terminal has (`COLORS`).
  private let paletteSize: Int
  /// How many colour pairs the terminal has (`COLOR_PAIRS`).
  private let pairLimit: Int
  private let boldBit = btap_a_bold()
  private let dimBit = btap_a_dim()
  private let italicBit = btap_a_italic()
  private let underlineBit = btap_a_underline()
  private let reverseBit = btap_a_reverse()
  private var pairs: [ColorKey: Int32] = [:]
  private var nextPair: Int32 = 1
  /// The most recently encoded new styles, newest first: a screen uses a handful of styles,
  /// and cells come in runs of the same few.
  private var recent: [(style: Style, encoding: Encoding)] = []
  /// How many styles ``recent`` keeps.
  private let recentLimit = 8

  /// Creates an encoder; `paletteSize` and `pairLimit` come from `COLORS` and `COLOR_PAIRS`.
  init(colorMode: ColorMode, paletteSize: Int, pairLimit: Int) {
    self.colorMode = colorMode
    self.paletteSize = paletteSize
    self.pairLimit = pairLimit
  }

  /// How many colour pairs have been defined so far.
  var definedPairCount: Int { pairs.count }

  /// The attributes and colour pair for `style`, defining a new colour pair if needed.
  mutating func encode(_ style: Style) -> Encoding {
    for index in recent.indices where recent[index].style == style {
      return recent[index].encoding
    }
    var textAttributes = style.attributes
    if needsBoldForBrightForeground(style.foreground) { textAttributes.insert(.bold) }
    let encoding = Encoding(
      attributes: attributes(of: textAttributes),
      pair: pair(foreground: style.foreground, background: style.background))
    if recent.count == recentLimit { recent.removeLast() }
    recent.insert((style, encoding), at: 0)
    return encoding
  }

  /// The curses attribute bits for a set of text attributes.
  private func attributes(of textAttributes: TextAttributes) -> attr_t {
    var bits = btap_a_normal()
    if textAttributes.contains(.bold) { bits |= boldBit }
    if textAttributes.contains(.dim) { bits |= dimBit }
    if textAttributes.contains(.italic) { bits |= italicBit }
    if textAttributes.contains(.underline) { bits |= underlineBit }
    if textAttributes.contains(.reverse) { bits |= reverseBit }
    return bits
  }

  /// The colour pair for a foreground and background, defining it on first use.
  private mutating func pair(foreground: Color, background: Color) -> Int32 {
    guard colorMode != .none else { return 0 }
    let key = ColorKey(
      foreground: paletteIndex(of: foreground), background: paletteIndex(of: background))
    if key.foreground < 0, key.background < 0 { return 0 }
    if let existing = pairs[key] { return existing }
    guard Int(nextPair) < pairLimit,
      btap_init_pair(nextPair, key.foreground, key.background) == btap_ok()
    else { return 0 }
    pairs[key] = nextPair
    nextPair += 1
    return nextPair - 1
  }

  /// Whether `color` is a bright colour the palette lacks, shown as its basic colour in bold
  /// (the usual rendering of bright colours on 8-colour terminals).
  private func needsBoldForBrightForeground(_ color: Color) -> Bool {
    guard colorMode != .none, paletteSize < 16,
      let index = color.downgraded(to: colorMode).paletteIndex
    else { return false }
    return (8..<16).contains(index)
  }

  /// The palette index curses should use for `color`, or -1 for the terminal's default.
  func paletteIndex(of color: Color) -> Int32 {
    guard var index = color.downgraded(to: colorMode).paletteIndex else { return -1 }
    if index >= paletteSize, index >= 16, let basic = color.nearestAnsi16.paletteIndex {
      index = basic
    }
    if index >= paletteSize, paletteSize >= 8 {
      index %= 8
    }
    return index < paletteSize ? Int32(index) : -1
  }
}
