/// Checks a feed's bytes before the XML parser sees them: the size limit, and that a
/// document in UTF-8 (or declared US-ASCII) is valid in that encoding from its first byte to
/// its last.
///
/// A document is taken to be UTF-8 unless it starts with a UTF-16 or UTF-32 byte order mark
/// or pattern, or its XML declaration names another encoding (which the parser then converts,
/// reporting what it cannot). An invalid byte is named by line, column and byte number, so
/// the user can find it; the parser would otherwise see names and text it cannot represent.
enum FeedInput {
  /// An encoding whose every byte is checked here.
  enum CheckedEncoding: String, Hashable, Sendable {
    case utf8 = "UTF-8"
    case ascii = "US-ASCII"
  }

  /// The largest feed accepted, in bytes: 15 MiB.
  static let maximumByteCount = 15 * 1_024 * 1_024

  /// Throws when the feed is larger than ``maximumByteCount`` or not valid in its encoding
  /// (its own, else `outsideEncoding`, the one its server named, else UTF-8).
  static func check(
    _ bytes: [UInt8], file: String, outsideEncoding: String? = nil
  ) throws(FeedError) {
    try checkSize(bytes.count, file: file)
    guard let encoding = checkedEncoding(bytes, outsideEncoding: outsideEncoding) else { return }
    let invalid =
      switch encoding {
      case .utf8: firstInvalidUTF8(bytes)
      case .ascii: bytes.firstIndex { $0 >= 0x80 }
      }
    guard let offset = invalid else { return }
    let (line, column) = position(of: offset, in: bytes)
    throw FeedError(
      file: file, line: line, column: column,
      problem: .invalidEncoding(encoding.rawValue, byteNumber: offset + 1, value: bytes[offset]))
  }

  /// Throws when a feed of `byteCount` bytes is over the limit.
  static func checkSize(_ byteCount: Int, file: String) throws(FeedError) {
    guard byteCount <= maximumByteCount else {
      throw FeedError(
        file: file, problem: .tooLarge(byteCount: byteCount, limit: maximumByteCount))
    }
  }

  /// The encoding to check the document against: UTF-8 unless it starts as UTF-16, UTF-32 or
  /// EBCDIC or declares another encoding; US-ASCII when it declares that; else nil (the
  /// parser converts the text and reports what it cannot).
  static func checkedEncoding(
    _ bytes: [UInt8], outsideEncoding: String? = nil
  ) -> CheckedEncoding? {
    var start = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      start = 3
    } else if bytes.count >= 2, bytes[0] == 0 || bytes[1] == 0 || bytes[0] >= 0xFE {
      return nil  // UTF-16 or UTF-32, with or without a byte order mark
    } else if bytes.starts(with: [0x4C, 0x6F, 0xA7, 0x94]) {
      return nil  // EBCDIC
    }
    guard let encoding = declaredEncoding(bytes[start...]) ?? outsideEncoding else { return .utf8 }
    switch encoding.lowercased() {
    case "utf-8", "utf8": return .utf8
    case "us-ascii", "ascii": return .ascii
    default: return nil
    }
  }

  /// The encoding a server named (`charset`), when the document itself names none: no byte
  /// order mark, no UTF-16, UTF-32 or EBCDIC pattern, no encoding in its XML declaration.
  ///
  /// The document's own word comes first: a byte order mark, then the declaration, and only
  /// then the server's header.
  static func outsideEncoding(_ bytes: [UInt8], charset: String?) -> String? {
    guard let charset, !charset.isEmpty else { return nil }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return nil }
    if bytes.count >= 2, bytes[0] == 0 || bytes[1] == 0 || bytes[0] >= 0xFE { return nil }
    if bytes.starts(with: [0x4C, 0x6F, 0xA7, 0x94]) { return nil }
    if declaredEncoding(bytes[...]) != nil { return nil }
    return charset
  }

  /// The `encoding` of an XML declaration at the start of the bytes, if any.
  static func declaredEncoding(_ bytes: ArraySlice<UInt8>) -> String? {
    guard bytes.starts(with: Array("<?xml".utf8)) else { return nil }
    let declaration = bytes.prefix(512)
    guard let end = declaration.firstIndex(of: UInt8(ascii: ">")) else { return nil }
    let text = String(decoding: declaration[..<end], as: UTF8.self)
    guard let key = text.firstRange(of: "encoding") else { return nil }
    let rest = text[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
    guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
    return String(rest.dropFirst().prefix { $0 != quote })
  }

  /// The offset of the first byte that does not belong to a valid UTF-8 sequence.
  ///
  /// Overlong forms, surrogates and values over U+10FFFF are invalid, as Unicode says.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buffer -> Int? in
      var index = 0
      let count = buffer.count
      while index < count {
        let lead = buffer[index]
        if lead < 0x80 {
          index += 1
          continue
        }
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
          length = 3
          lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
          length = 3
          upper = 0x9F
        case 0xF0:
          length = 4
          lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
          length = 4
          upper = 0x8F
        default: return index
        }
        guard index + length <= count else { return index }
        let second = buffer[index + 1]
        guard second >= lower && second <= upper else { return index }
        for offset in 2..<length where buffer[index + offset] & 0xC0 != 0x80 {
          return index
        }
        index += length
      }
      return nil
    }
  }

  /// The 1-based line and column (in characters) of a byte offset whose line is valid UTF-8
  /// up to it.
  static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var lineStart = 0
    for index in 0..<offset where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    let characters = bytes[lineStart..<offset].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    return (line, characters + 1)
  }
}
