/// A text folded for matching (``TextFolding/fold(_:)``), searched for plain lower-case words:
/// byte by byte when the text is ASCII (as nearly every news item is), else by characters.
struct FoldedText {
  /// The folded text.
  let text: String
  /// Whether every byte of the folded text is ASCII.
  let isASCII: Bool

  /// Folds a text.
  init(_ text: String) {
    self.text = TextFolding.fold(text)
    isASCII = self.text.utf8.allSatisfy { $0 < FoldedText.firstNonASCII }
  }

  /// The first byte value outside ASCII.
  static let firstNonASCII: UInt8 = 0x80

  /// Whether the folded text contains the words (lower-case ASCII).
  func contains(_ words: String) -> Bool {
    guard isASCII else { return text.contains(words) }
    return FoldedText.bytes(of: text, contain: words)
  }

  /// Whether an ASCII text's bytes contain the bytes of an ASCII needle.
  static func bytes(of text: String, contain needle: String) -> Bool {
    var haystack = text
    var pattern = needle
    return haystack.withUTF8 { hay in
      pattern.withUTF8 { word in
        guard let first = word.first, word.count <= hay.count else { return word.isEmpty }
        var start = 0
        let last = hay.count - word.count
        while start <= last {
          if hay[start] == first {
            var offset = 1
            while offset < word.count, hay[start + offset] == word[offset] { offset += 1 }
            if offset == word.count { return true }
          }
          start += 1
        }
        return false
      }
    }
  }
}
