/// Turns what a user pastes or saves (plain text with any line breaks, or an HTML page) into
/// one line of plain text the recogniser reads.
///
/// From a page, scripts, styles, navigation, headers' menus and footers are dropped with
/// their content, every other tag is dropped, and character references are decoded. Then
/// line breaks become spaces (a word cut with a hyphen at a line end is joined again),
/// typographic quotes and spaces become plain ones, and runs of spaces collapse.
public enum NotificationText {
  /// Elements whose content is never part of the notification.
  static let droppedElements = ["script", "style", "nav", "noscript", "footer", "head", "aside"]
  /// Elements that begin a new line of text.
  static let blockElements = [
    "p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article",
    "blockquote", "main", "td", "th",
  ]
  /// Named character references a saved page commonly uses.
  static let namedReferences: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "rsquo": "'",
    "lsquo": "'", "ldquo": "\"", "rdquo": "\"", "ndash": "-", "mdash": "-", "hellip": "...",
    "eacute": "é", "egrave": "è", "ocirc": "ô", "ccedil": "ç", "uuml": "ü", "ouml": "ö",
    "auml": "ä", "aacute": "á", "iacute": "í", "oacute": "ó", "uacute": "ú", "ntilde": "ñ",
  ]

  /// Whether the text looks like an HTML page or fragment rather than plain text.
  public static func isMarkup(_ text: String) -> Bool {
    // Every sign of markup begins with `<`.
    guard text.utf8.contains(UInt8(ascii: "<")) else { return false }
    let lowered = text.prefix(4_096).lowercased()
    return ["<html", "<body", "<p>", "<p ", "<div", "<br", "<h1", "<h2", "<!doctype"].contains {
      lowered.contains($0)
    }
  }

  /// The text on one line, from plain text or a page.
  public static func flattened(_ text: String) -> String {
    let plain = isMarkup(text) ? stripMarkup(text) : text
    return joinLines(plain)
  }

  /// Plain text from a page: dropped elements removed with their content, block elements
  /// turned into line breaks, other tags removed, references decoded.
  static func stripMarkup(_ page: String) -> String {
    var output = ""
    var rest = Substring(page)
    while let open = rest.firstIndex(of: "<") {
      output += decodeReferences(rest[..<open])
      let afterOpen = rest.index(after: open)
      if rest[afterOpen...].hasPrefix("!--") {
        guard let end = rest[afterOpen...].firstRange(of: "-->") else { return output }
        rest = rest[end.upperBound...]
        continue
      }
      guard let close = rest[afterOpen...].firstIndex(of: ">") else { return output }
      let tag = rest[afterOpen..<close]
      let name = tagName(tag)
      rest = rest[rest.index(after: close)...]
      if droppedElements.contains(name), !tag.hasPrefix("/"), !tag.hasSuffix("/") {
        // Skip to the matching end tag (nesting of the same element counted).
        var depth = 1
        while depth > 0, let next = rest.firstIndex(of: "<") {
          guard let nextClose = rest[next...].firstIndex(of: ">") else { return output }
          let inner = rest[rest.index(after: next)..<nextClose]
          if tagName(inner) == name {
            depth += inner.hasPrefix("/") ? -1 : (inner.hasSuffix("/") ? 0 : 1)
          }
          rest = rest[rest.index(after: nextClose)...]
        }
        if depth > 0 { return output }
        output += "\n"
        continue
      }
      if blockElements.contains(name) { output += "\n" }
    }
    output += decodeReferences(rest)
    return output
  }

  /// The lower-cased element name of a tag's inside (`/P class="x"` → `p`).
  static func tagName(_ tag: Substring) -> String {
    let trimmed = tag.drop { $0 == "/" || $0 == " " }
    return trimmed.prefix { $0.isLetter || $0.isNumber }.lowercased()
  }

  /// The text with `&name;`, `&#NNN;` and `&#xHH;` references decoded; an unknown one stays.
  static func decodeReferences(_ text: Substring) -> String {
    guard text.contains("&") else { return String(text) }
    var output = ""
    var rest = text
    while let ampersand = rest.firstIndex(of: "&") {
      output += rest[..<ampersand]
      let after = rest[rest.index(after: ampersand)...]
      guard let semicolon = after.prefix(10).firstIndex(of: ";") else {
        output += "&"
        rest = after
        continue
      }
      let name = after[..<semicolon]
      var decoded: String?
      if name.hasPrefix("#x") || name.hasPrefix("#X") {
        decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map(String.init)
      } else if name.hasPrefix("#") {
        decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map(String.init)
      } else {
        decoded = namedReferences[String(name)]
      }
      if let decoded {
        output += decoded
        rest = after[after.index(after: semicolon)...]
      } else {
        output += "&"
        rest = after
      }
    }
    output += rest
    return output
  }

  /// ``joinLines(_:)`` byte by byte for a text whose every byte is ASCII (nil for any other):
  /// line feed to carriage return are line breaks, every other control byte and the space are
  /// spaces.
  static func joinASCIILines(_ text: String) -> String? {
    var source = text
    return source.withUTF8 { bytes -> String? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count)
      var pendingSpace = false
      var pendingBreak = false
      for byte in bytes {
        if (0x0A...0x0D).contains(byte) {
          pendingSpace = true
          pendingBreak = true
          continue
        }
        if byte <= 0x20 {
          pendingSpace = true
          continue
        }
        if pendingSpace {
          if pendingBreak, output.last == UInt8(ascii: "-"), (0x61...0x7A).contains(byte),
            output.count >= 2, isASCIILetter(output[output.count - 2])
          {
            output.removeLast()
          } else if !output.isEmpty {
            output.append(0x20)
          }
        }
        pendingSpace = false
        pendingBreak = false
        output.append(byte)
      }
      return String(decoding: output, as: UTF8.self)
    }
  }

  /// Whether an ASCII byte is a letter.
  static func isASCIILetter(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  /// The text on one line: line breaks become spaces, a hyphen at a line end before a
  /// lower-case letter joins the word's halves, typographic quotes, dashes and spaces become
  /// plain ones, and runs of spaces collapse.
  static func joinLines(_ text: String) -> String {
    if let joined = joinASCIILines(text) { return joined }
    var output = ""
    output.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    var pendingBreak = false
    for character in text {
      var current = character
      switch character {
      case "\u{2018}", "\u{2019}": current = "'"
      case "\u{201C}", "\u{201D}": current = "\""
      case "\u{2013}", "\u{2014}", "\u{2011}": current = "-"
      default: break
      }
      if current.isNewline {
        pendingSpace = true
        pendingBreak = true
        continue
      }
      if current.isWhitespace || (current.asciiValue.map { $0 < 0x20 } ?? false) {
        pendingSpace = true
        continue
      }
      if pendingSpace {
        if pendingBreak, output.last == "-", current.isLowercase,
          output.dropLast().last?.isLetter == true
        {
          output.removeLast()
        } else if !output.isEmpty {
          output.append(" ")
        }
      }
      pendingSpace = false
      pendingBreak = false
      output.append(current)
    }
    return output
  }
}
