/// A terminal colour: the terminal's default, one of the 16 ANSI colours, or a 256-colour index.
///
/// Use ``downgraded(to:)`` to map a colour onto what the terminal supports; ``nearestAnsi16``
/// maps an indexed colour to the closest of the 16 basic colours.
public enum Color: Hashable, Sendable {
  /// The terminal's own default foreground or background.
  case terminalDefault
  /// ANSI colour 0.
  case black
  /// ANSI colour 1.
  case red
  /// ANSI colour 2.
  case green
  /// ANSI colour 3.
  case yellow
  /// ANSI colour 4.
  case blue
  /// ANSI colour 5.
  case magenta
  /// ANSI colour 6.
  case cyan
  /// ANSI colour 7.
  case white
  /// ANSI colour 8.
  case brightBlack
  /// ANSI colour 9.
  case brightRed
  /// ANSI colour 10.
  case brightGreen
  /// ANSI colour 11.
  case brightYellow
  /// ANSI colour 12.
  case brightBlue
  /// ANSI colour 13.
  case brightMagenta
  /// ANSI colour 14.
  case brightCyan
  /// ANSI colour 15.
  case brightWhite
  /// A colour of the 256-colour palette (0–15 are the ANSI colours, 16–231 a 6×6×6 cube,
  /// 232–255 a grey ramp).
  case indexed(UInt8)

  /// Whether two colours are the same colour value (an indexed colour never equals a named
  /// one, even with the same palette index).
  ///
  /// Written out, and inlinable, because cells are compared on every frame.
  @inlinable
  public static func == (left: Color, right: Color) -> Bool {
    left.identity == right.identity
  }

  /// A number that tells colours apart: 0 for the default, 1–16 for the ANSI colours, 256
  /// plus the index for an indexed colour.
  @inlinable
  var identity: UInt16 {
    switch self {
    case .terminalDefault: return 0
    case .black: return 1
    case .red: return 2
    case .green: return 3
    case .yellow: return 4
    case .blue: return 5
    case .magenta: return 6
    case .cyan: return 7
    case .white: return 8
    case .brightBlack: return 9
    case .brightRed: return 10
    case .brightGreen: return 11
    case .brightYellow: return 12
    case .brightBlue: return 13
    case .brightMagenta: return 14
    case .brightCyan: return 15
    case .brightWhite: return 16
    case .indexed(let index): return 256 + UInt16(index)
    }
  }

  /// The 16 ANSI colours in palette order.
  public static let ansi16: [Color] = [
    .black, .red, .green, .yellow, .blue, .magenta, .cyan, .white,
    .brightBlack, .brightRed, .brightGreen, .brightYellow,
    .brightBlue, .brightMagenta, .brightCyan, .brightWhite,
  ]

  /// The palette index (0–255), or `nil` for ``terminalDefault``.
  public var paletteIndex: Int? {
    switch self {
    case .terminalDefault: return nil
    case .black: return 0
    case .red: return 1
    case .green: return 2
    case .yellow: return 3
    case .blue: return 4
    case .magenta: return 5
    case .cyan: return 6
    case .white: return 7
    case .brightBlack: return 8
    case .brightRed: return 9
    case .brightGreen: return 10
    case .brightYellow: return 11
    case .brightBlue: return 12
    case .brightMagenta: return 13
    case .brightCyan: return 14
    case .brightWhite: return 15
    case .indexed(let index): return Int(index)
    }
  }

  /// The closest of the 16 ANSI colours (or ``terminalDefault`` unchanged).
  ///
  /// Indexes 0–15 map to the named colour; cube and grey-ramp entries map to the ANSI colour
  /// with the smallest squared RGB distance, using the xterm default palette.
  public var nearestAnsi16: Color {
    guard let index = paletteIndex else { return .terminalDefault }
    if index < 16 { return Color.ansi16[index] }
    let target = Color.rgb(ofPaletteIndex: index)
    var best = 0
    var bestDistance = Int.max
    for candidate in 0..<16 {
      let rgb = Color.rgb(ofPaletteIndex: candidate)
      let red = rgb.red - target.red
      let green = rgb.green - target.green
      let blue = rgb.blue - target.blue
      let distance = red * red + green * green + blue * blue
      if distance < bestDistance {
        bestDistance = distance
        best = candidate
      }
    }
    return Color.ansi16[best]
  }

  /// The colour as the terminal should receive it for the given colour mode.
  ///
  /// With ``ColorMode/none`` every colour becomes ``terminalDefault``; with
  /// ``ColorMode/ansi16`` indexed colours are mapped with ``nearestAnsi16``.
  public func downgraded(to mode: ColorMode) -> Color {
    switch mode {
    case .none: return .terminalDefault
    case .ansi16: return nearestAnsi16
    case .ansi256: return self
    }
  }

  /// The xterm default RGB value of a palette index (0–255).
  static func rgb(ofPaletteIndex index: Int) -> (red: Int, green: Int, blue: Int) {
    switch index {
    case 0..<16:
      let table: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
      ]
      let entry = table[index]
      return (entry.0, entry.1, entry.2)
    case 16..<232:
      let cube = index - 16
      let levels = [0, 95, 135, 175, 215, 255]
      return (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
    default:
      let grey = 8 + 10 * (min(index, 255) - 232)
      return (grey, grey, grey)
    }
  }
}
