/// Text placed in an SVG document: every character that XML gives a meaning is escaped, and
/// control characters (which XML 1.0 forbids) are dropped.
enum SVGText {
  /// The text, safe in element content and in a double-quoted attribute.
  static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      default:
        let value = scalar.value
        let isControl = value < 0x20 && value != 0x09 && value != 0x0A
        if isControl || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF {
          continue
        }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// A number for coordinates: at most one decimal, no trailing zero.
  static func number(_ value: Double) -> String {
    let tenths = (value * 10).rounded()
    let whole = Int(tenths) / 10
    let fraction = abs(Int(tenths) % 10)
    if fraction == 0 { return String(whole) }
    return (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction)"
  }
}
