/// Case- and accent-insensitive matching for names typed by people ("cote d'ivoire", "SAO TOME").
public enum TextFolding {
  /// Lower-cases ASCII, strips combining marks and maps common accented Latin letters to their
  /// base letter.
  ///
  /// Works without Foundation or ICU.
  public static func fold(_ text: String) -> String {
    // Most names are plain ASCII: lower-case their bytes without looking at scalars.
    if case .some(.some(let folded)) = text.utf8.withContiguousStorageIfAvailable(foldASCII) {
      return folded
    }
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if (0x300...0x36F).contains(value) { continue }
      if (65...90).contains(value), let lower = Unicode.Scalar(value + 32) {
        result.unicodeScalars.append(lower)
      } else if value < 0x80 {
        result.unicodeScalars.append(scalar)
      } else if let base = latinBase(value) {
        result.unicodeScalars.append(contentsOf: base.unicodeScalars)
      } else {
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
          result.unicodeScalars.append(lower)
        }
      }
    }
    return result
  }

  /// Whether `text`, folded, contains `query` (already folded): the one test every name
  /// filter and lookup uses.
  ///
  /// The search compares bytes. (`String.contains` from the string-processing library
  /// took about 11 000 instructions a call: filtering ten thousand names and regions spent a
  /// second on it.)
  public static func text(_ text: String, contains query: String) -> Bool {
    var text = text
    return text.withUTF8 { self.text($0, contains: query) }
  }

  /// Whether text given as UTF-8 bytes, folded, contains `query` (already folded).
  ///
  /// ASCII text is searched in place, lower-casing as it goes; other text is folded first.
  public static func text(_ bytes: UnsafeBufferPointer<UInt8>, contains query: String) -> Bool {
    var query = query
    return query.withUTF8 { needle in
      guard bytes.contains(where: { $0 >= 0x80 }) else {
        return search(bytes, for: needle, lowercasingASCII: true)
      }
      var folded = fold(String(decoding: bytes, as: UTF8.self))
      return folded.withUTF8 { search($0, for: needle, lowercasingASCII: false) }
    }
  }

  /// Whether `needle`'s bytes occur in `haystack`, ASCII capitals in `haystack` taken as
  /// small letters when `lowercasingASCII`.
  private static func search(
    _ haystack: UnsafeBufferPointer<UInt8>, for needle: UnsafeBufferPointer<UInt8>,
    lowercasingASCII: Bool
  ) -> Bool {
    guard !needle.isEmpty else { return true }
    guard needle.count <= haystack.count else { return false }
    for start in 0...(haystack.count - needle.count) {
      var offset = 0
      while offset < needle.count {
        let byte = haystack[start + offset]
        let compared = lowercasingASCII && (65...90).contains(byte) ? byte + 32 : byte
        guard compared == needle[offset] else { break }
        offset += 1
      }
      if offset == needle.count { return true }
    }
    return false
  }

  /// The text lower-cased when every byte is ASCII, else nil.
  private static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
    return String(unsafeUninitializedCapacity: bytes.count) { buffer in
      for (index, byte) in bytes.enumerated() {
        buffer[index] = (65...90).contains(byte) ? byte + 32 : byte
      }
      return bytes.count
    }
  }

  private static func latinBase(_ value: UInt32) -> String? {
    switch value {
    case 0xC0...0xC5, 0xE0...0xE5, 0x100...0x105: return "a"
    case 0xC6, 0xE6: return "ae"
    case 0xC7, 0xE7, 0x106...0x10D: return "c"
    case 0xC8...0xCB, 0xE8...0xEB, 0x112...0x11B: return "e"
    case 0xCC...0xCF, 0xEC...0xEF, 0x128...0x131: return "i"
    case 0xD1, 0xF1, 0x143...0x148: return "n"
    case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8, 0x14C...0x151: return "o"
    case 0x152, 0x153: return "oe"
    case 0xD9...0xDC, 0xF9...0xFC, 0x168...0x173: return "u"
    case 0xDD, 0xFD, 0xFF: return "y"
    case 0xDF: return "ss"
    case 0x15A...0x161: return "s"
    case 0x162...0x165: return "t"
    case 0x179...0x17E: return "z"
    case 0x11E, 0x11F: return "g"
    case 0x2019, 0x2018: return "'"
    default: return nil
    }
  }
}
