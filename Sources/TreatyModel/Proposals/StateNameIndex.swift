/// Every name a state or organization goes by (btap's short name, its formal name, with or
/// without a leading "the"), folded for case and accents, pointing at its ISO code.
///
/// A name matches only as a whole: "Guinea" never stands for "Equatorial Guinea", and a
/// name no state has is reported rather than guessed.
public struct StateNameIndex: Sendable {
  /// Folded name → ISO code.
  private let codeByName: [String: String]
  /// The first word of each known name → the most words a name beginning with it has: where a
  /// name may start inside a headline, and how far it may reach.
  private let wordsByFirstWord: [String: Int]

  /// Builds the index from the participants (their names) and the formal names table.
  public init(participants: [Participant], formalNames: FormalNames) {
    var names: [String: String] = [:]
    names.reserveCapacity(participants.count + formalNames.entries.count)
    var reaches: [String: Int] = [:]
    func add(_ name: String, _ code: String) {
      let key = StateNameIndex.key(name)
      guard !key.isEmpty else { return }
      // One lookup each: the first code given a name keeps it; a first word keeps the most
      // words of the names it begins.
      StateNameIndex.keepFirst(&names[key], code)
      // A key's words are separated by single spaces.
      let space = key.utf8.firstIndex(of: UInt8(ascii: " ")) ?? key.endIndex
      let words = 1 + key.utf8.count { $0 == UInt8(ascii: " ") }
      StateNameIndex.raise(&reaches[String(key[..<space]), default: 0], to: words)
    }
    for participant in participants {
      add(participant.name, participant.code)
      // "Netherlands (Kingdom of the)" and "European Union (EU)" also go by the part before
      // the bracket.
      if let bracket = participant.name.utf8.firstIndex(of: UInt8(ascii: "(")) {
        add(String(participant.name[..<bracket]), participant.code)
      }
    }
    for entry in formalNames.entries { add(entry.name, entry.code) }
    codeByName = names
    wordsByFirstWord = reaches
  }

  /// Sets a value that is not set yet.
  private static func keepFirst(_ value: inout String?, _ candidate: String) {
    if value == nil { value = candidate }
  }

  /// Raises a count to at least `words`.
  private static func raise(_ value: inout Int, to words: Int) {
    value = max(value, words)
  }

  /// The ISO code of the state a whole name stands for, or nil when no state has it.
  public func code(named name: String) -> String? {
    codeByName[StateNameIndex.key(name)]
  }

  /// The longest known name found in `text` as a run of whole words, with its code; nil when
  /// the text names no state.
  public func longestName(in text: String) -> (code: String, words: String)? {
    let words = StateNameIndex.key(text, keepingArticle: true).split(separator: " ")
    var best: (code: String, words: String, count: Int)?
    for start in words.indices {
      // Only a name's first word starts a name; a single word may also be a name with "'s".
      let first = String(words[start])
      var reach = wordsByFirstWord[first] ?? 0
      if reach == 0, first.hasSuffix("'s"), wordsByFirstWord[String(first.dropLast(2))] != nil {
        reach = 1
      }
      guard reach > 0 else { continue }
      let limit = min(words.count, start + reach)
      for end in stride(from: limit, to: start, by: -1) {
        var candidate = words[start..<end].joined(separator: " ")
        if codeByName[candidate] == nil, candidate.hasSuffix("'s") {
          candidate.removeLast(2)
        }
        if let code = codeByName[candidate] {
          if end - start > (best?.count ?? 0) { best = (code, candidate, end - start) }
          break
        }
      }
    }
    return best.map { ($0.code, $0.words) }
  }

  /// The name as the index stores it: folded, punctuation other than apostrophes and hyphens
  /// turned into spaces, runs of spaces collapsed, and a leading "the" dropped.
  static func key(_ name: String, keepingArticle: Bool = false) -> String {
    if let key = asciiKey(name, keepingArticle: keepingArticle) { return key }
    var cleaned = ""
    for character in TextFolding.fold(name) {
      if character.isLetter || character.isNumber || character == "'" || character == "-" {
        cleaned.append(character)
      } else {
        cleaned.append(" ")
      }
    }
    var words = cleaned.split(separator: " ")
    if !keepingArticle, words.first == "the" { words.removeFirst() }
    return words.joined(separator: " ")
  }

  /// ``key(_:keepingArticle:)`` byte by byte for a name whose every byte is ASCII (nil for any
  /// other): letters lowered, letters, digits, apostrophes and hyphens kept, anything else a
  /// word break.
  static func asciiKey(_ name: String, keepingArticle: Bool) -> String? {
    var source = name
    return source.withUTF8 { bytes -> String? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      // The key is never longer than the name: written in place, in one allocation.
      return String(unsafeUninitializedCapacity: bytes.count) { output in
        var count = 0
        var inWord = false
        var firstWordEnd = -1
        for byte in bytes {
          var kept = byte
          if (0x41...0x5A).contains(byte) { kept = byte + 0x20 }
          let isWordByte =
            (0x61...0x7A).contains(kept) || (0x30...0x39).contains(kept)
            || kept == UInt8(ascii: "'") || kept == UInt8(ascii: "-")
          if isWordByte {
            if !inWord, count > 0 {
              output[count] = 0x20
              count += 1
            }
            inWord = true
            output[count] = kept
            count += 1
          } else if inWord {
            if firstWordEnd < 0 { firstWordEnd = count }
            inWord = false
          }
        }
        if firstWordEnd < 0 { firstWordEnd = count }
        let isArticle =
          firstWordEnd == 3 && output[0] == UInt8(ascii: "t") && output[1] == UInt8(ascii: "h")
          && output[2] == UInt8(ascii: "e")
        guard !keepingArticle, isArticle else { return count }
        // Drop "the" and the space after it.
        let dropped = min(count, 4)
        for index in dropped..<count { output[index - dropped] = output[index] }
        return count - dropped
      }
    }
  }
}
