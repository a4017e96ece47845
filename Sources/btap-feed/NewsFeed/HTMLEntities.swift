/// Decodes HTML character references.
///
/// Numeric ones (`&#233;`, `&#xE9;`) and the named ones feeds commonly use are decoded. Unknown names are left as they are; numeric references to code points
/// that cannot exist (surrogates, beyond U+10FFFF, NUL) are dropped.
enum HTMLEntities {
  /// The text with character references decoded once.
  static func decode(_ text: String) -> String {
    guard text.contains("&") else { return text }
    let scalars = Array(text.unicodeScalars)
    var output = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      guard scalar == "&", let end = semicolon(in: scalars, after: index) else {
        output.append(scalar)
        index += 1
        continue
      }
      var name = ""
      name.unicodeScalars.append(contentsOf: scalars[(index + 1)..<end])
      if let decoded = reference(name) {
        output.append(contentsOf: decoded.unicodeScalars)
        index = end + 1
      } else {
        output.append(scalar)
        index += 1
      }
    }
    return String(output)
  }

  /// The closing `;` of a reference starting at `start`, within a short distance.
  private static func semicolon(in scalars: [Unicode.Scalar], after start: Int) -> Int? {
    var index = start + 1
    while index < scalars.count, index - start <= 32 {
      let scalar = scalars[index]
      if scalar == ";" { return index > start + 1 ? index : nil }
      let isNameCharacter =
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        || ("0"..."9").contains(scalar) || scalar == "#"
      if !isNameCharacter { return nil }
      index += 1
    }
    return nil
  }

  /// The text a reference stands for (`amp`, `#38`, `#x26`), or nil when unknown.
  private static func reference(_ name: String) -> String? {
    if name.hasPrefix("#") {
      var digits = Substring(name.dropFirst())
      var radix = 10
      if digits.hasPrefix("x") || digits.hasPrefix("X") {
        digits = digits.dropFirst()
        radix = 16
      }
      guard !digits.isEmpty, let value = UInt32(digits, radix: radix) else { return nil }
      guard value != 0, let scalar = Unicode.Scalar(value) else { return "" }
      return String(Character(scalar))
    }
    return named[name]
  }

  /// The numeric character reference (`&#233;`) for a named HTML entity, or nil.
  static func characterReference(_ name: String) -> String? {
    guard let text = named[name] else { return nil }
    return text.unicodeScalars.map { "&#\($0.value);" }.joined()
  }

  private static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
    "ndash": "–", "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“",
    "rdquo": "”", "sbquo": "‚", "bdquo": "„", "laquo": "«", "raquo": "»", "lsaquo": "‹",
    "rsaquo": "›", "copy": "©", "reg": "®", "trade": "™", "euro": "€", "pound": "£",
    "yen": "¥", "cent": "¢", "sect": "§", "para": "¶", "deg": "°", "middot": "·",
    "bull": "•", "times": "×", "divide": "÷", "shy": "", "zwj": "\u{200D}",
    "zwnj": "\u{200C}", "ensp": " ", "emsp": " ", "thinsp": " ", "iexcl": "¡",
    "iquest": "¿", "ordm": "º", "ordf": "ª", "frac12": "½", "frac14": "¼", "frac34": "¾",
    "aacute": "á", "Aacute": "Á", "agrave": "à", "Agrave": "À", "acirc": "â", "Acirc": "Â",
    "auml": "ä", "Auml": "Ä", "atilde": "ã", "Atilde": "Ã", "aring": "å", "Aring": "Å",
    "aelig": "æ", "AElig": "Æ", "ccedil": "ç", "Ccedil": "Ç", "eacute": "é", "Eacute": "É",
    "egrave": "è", "Egrave": "È", "ecirc": "ê", "Ecirc": "Ê", "euml": "ë", "Euml": "Ë",
    "iacute": "í", "Iacute": "Í", "igrave": "ì", "Igrave": "Ì", "icirc": "î", "Icirc": "Î",
    "iuml": "ï", "Iuml": "Ï", "ntilde": "ñ", "Ntilde": "Ñ", "oacute": "ó", "Oacute": "Ó",
    "ograve": "ò", "Ograve": "Ò", "ocirc": "ô", "Ocirc": "Ô", "ouml": "ö", "Ouml": "Ö",
    "otilde": "õ", "Otilde": "Õ", "oslash": "ø", "Oslash": "Ø", "oelig": "œ", "OElig": "Œ",
    "uacute": "ú", "Uacute": "Ú", "ugrave": "ù", "Ugrave": "Ù", "ucirc": "û", "Ucirc": "Û",
    "uuml": "ü", "Uuml": "Ü", "yacute": "ý", "Yacute": "Ý", "yuml": "ÿ", "szlig": "ß",
    "scaron": "š", "Scaron": "Š", "zcaron": "ž", "Zcaron": "Ž",
  ]
}
