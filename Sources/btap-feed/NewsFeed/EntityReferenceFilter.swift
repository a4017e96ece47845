/// Rewrites entity references in a feed's bytes before the XML parser sees them, so that no
/// entity the document declares is ever expanded and no text is lost around one.
///
/// Outside CDATA sections, comments and processing instructions: the five XML entities and
/// numeric character references are kept; an HTML entity name that feeds often use
/// unescaped (`&nbsp;`, `&eacute;`) becomes its numeric character reference; any other
/// reference (such as one to an entity declared `SYSTEM "file:///etc/passwd"`) is removed.
/// Line ends are untouched, so line numbers in errors still match the file.
enum EntityReferenceFilter {
  private static let xmlEntities: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

  /// The filtered bytes.
  static func filter(_ bytes: [UInt8]) -> [UInt8] {
    guard bytes.contains(UInt8(ascii: "&")) else { return bytes }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "<") {
        let end = endOfVerbatim(bytes, at: index)
        if end > index {
          output.append(contentsOf: bytes[index..<end])
          index = end
          continue
        }
      }
      guard byte == UInt8(ascii: "&"), let close = referenceEnd(bytes, after: index) else {
        output.append(byte)
        index += 1
        continue
      }
      let name = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
      if name.hasPrefix("#") || xmlEntities.contains(name) {
        output.append(contentsOf: bytes[index...close])
      } else if let replacement = HTMLEntities.characterReference(name) {
        output.append(contentsOf: Array(replacement.utf8))
      }
      index = close + 1
    }
    return output
  }

  /// The index just past a CDATA section, comment or processing instruction starting at
  /// `index`, or `index` itself when none starts there.
  private static func endOfVerbatim(_ bytes: [UInt8], at index: Int) -> Int {
    for (opening, closing) in [("<![CDATA[", "]]>"), ("<!--", "-->"), ("<?", "?>")]
    where starts(bytes, at: index, with: opening) {
      let closingBytes = Array(closing.utf8)
      var position = index + opening.utf8.count
      while position + closingBytes.count <= bytes.count {
        if bytes[position..<(position + closingBytes.count)].elementsEqual(closingBytes) {
          return position + closingBytes.count
        }
        position += 1
      }
      return bytes.count
    }
    return index
  }

  private static func starts(_ bytes: [UInt8], at index: Int, with text: String) -> Bool {
    let pattern = Array(text.utf8)
    guard index + pattern.count <= bytes.count else { return false }
    return bytes[index..<(index + pattern.count)].elementsEqual(pattern)
  }

  /// The index of the `;` closing a well-formed reference that starts at `start`.
  private static func referenceEnd(_ bytes: [UInt8], after start: Int) -> Int? {
    var index = start + 1
    while index < bytes.count, index - start <= 64 {
      let byte = bytes[index]
      if byte == UInt8(ascii: ";") { return index > start + 1 ? index : nil }
      let isNameByte =
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        || byte == UInt8(ascii: "#") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte >= 0x80
      if !isNameByte { return nil }
      index += 1
    }
    return nil
  }
}
