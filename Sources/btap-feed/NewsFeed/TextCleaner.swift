/// Makes feed text safe and tidy to store and print: removes terminal escape sequences
/// (CSI, OSC, DCS, in their 7-bit `ESC [` and 8-bit forms), every other control character,
/// and bidirectional override and isolate characters; folds runs of white space (tabs and
/// line ends included) into one space; trims both ends.
enum TextCleaner {
  /// The cleaned text.
  static func clean(_ text: String) -> String {
    var output = String.UnicodeScalarView()
    var scalars = Array(text.unicodeScalars)[...]
    var pendingSpace = false
    while let scalar = scalars.first {
      scalars = scalars.dropFirst()
      let value = scalar.value
      switch value {
      case 0x1B:
        skipEscapeSequence(&scalars)
      case 0x9B:
        skipControlSequence(&scalars)
      case 0x90, 0x9D, 0x9E, 0x9F, 0x98:
        skipString(&scalars)
      case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x2028, 0x2029, 0x3000, 0x1680,
        0x2000...0x200A, 0x202F, 0x205F:
        pendingSpace = true
      case 0x00..<0x20, 0x7F..<0xA0:
        continue
      case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C, 0xFEFF:
        continue
      default:
        if pendingSpace, !output.isEmpty { output.append(" ") }
        pendingSpace = false
        output.append(scalar)
      }
    }
    return String(output)
  }

  /// Skips what follows an ESC: a control sequence, a string, or one character.
  private static func skipEscapeSequence(_ scalars: inout ArraySlice<Unicode.Scalar>) {
    guard let next = scalars.first else { return }
    scalars = scalars.dropFirst()
    switch next {
    case "[": skipControlSequence(&scalars)
    case "]", "P", "X", "^", "_": skipString(&scalars)
    default:
      // Two-character escapes (ESC c, ESC 7, …) and character-set selections (ESC ( B).
      if ("\u{20}"..."\u{2F}").contains(next), let final = scalars.first,
        ("\u{30}"..."\u{7E}").contains(final)
      {
        scalars = scalars.dropFirst()
      }
    }
  }

  /// Skips a control sequence's parameter and intermediate bytes and its final byte.
  private static func skipControlSequence(_ scalars: inout ArraySlice<Unicode.Scalar>) {
    while let next = scalars.first, ("\u{20}"..."\u{3F}").contains(next) {
      scalars = scalars.dropFirst()
    }
    if let final = scalars.first, ("\u{40}"..."\u{7E}").contains(final) {
      scalars = scalars.dropFirst()
    }
  }

  /// Skips an OSC, DCS, SOS, PM or APC string up to its terminator (BEL, ST or ESC \).
  private static func skipString(_ scalars: inout ArraySlice<Unicode.Scalar>) {
    while let next = scalars.first {
      scalars = scalars.dropFirst()
      if next == "\u{07}" || next == "\u{9C}" { return }
      if next == "\u{1B}" {
        if scalars.first == "\\" { scalars = scalars.dropFirst() }
        return
      }
    }
  }
}
