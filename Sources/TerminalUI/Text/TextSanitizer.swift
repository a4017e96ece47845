/// Removes characters that could drive the terminal from text that comes from data.
///
/// C0 and C1 control characters (including ESC, DEL and carriage return) are removed; a tab,
/// a newline and the Unicode line and paragraph separators become one space (split lines
/// before cleaning if they matter); bidirectional embedding, override and isolate
/// characters are removed so data can never reorder the rest of the screen.
public enum TextSanitizer {
  /// The text with terminal-controlling characters removed or replaced (see the type summary).
  public static func clean(_ text: String) -> String {
    if isClean(text) { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch action(for: scalar) {
      case .keep: scalars.append(scalar)
      case .space: scalars.append(" ")
      case .drop: break
      }
    }
    return String(scalars)
  }

  /// Whether the text contains nothing that ``clean(_:)`` would change.
  public static func isClean(_ text: String) -> Bool {
    for byte in text.utf8 {
      if byte < 0x20 || byte == 0x7F { return false }
      if byte >= 0x80 { return text.unicodeScalars.allSatisfy { action(for: $0) == .keep } }
    }
    return true
  }

  private enum Action { case keep, space, drop }

  private static func action(for scalar: Unicode.Scalar) -> Action {
    let value = scalar.value
    switch value {
    case 0x09, 0x0A, 0x0B, 0x0C: return .space
    case 0x00..<0x20, 0x7F..<0xA0: return .drop
    case 0x2028, 0x2029: return .space
    case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return .drop
    default: return .keep
    }
  }
}
