import Foundation

/// Finds runs of words that btap's prose shares with the fact base it was written from.
///
/// Words are compared in lower case with every character that is not a letter or a digit
/// treated as a space, so punctuation, quotes and dashes never hide a copied run. A run lying
/// wholly inside an allowed phrase (an official title or name) is not counted.
public struct BorrowedWording: Sendable {
  /// How many words in a row count as copied.
  public let runLength: Int
  /// Phrases that may be quoted as they are, already split into words.
  public let allowedPhrases: [[String]]
  /// Every run of `runLength` words in the source texts.
  private let sourceRuns: Set<[String]>

  /// The official titles and names that prose may repeat word for word.
  public static let reviewedAllowList = [
    "Diplomatic Conference on the Protection of Audiovisual Performances",
    "Beijing Treaty on Audiovisual Performances",
    "World Intellectual Property Organization",
  ]

  /// The fact base files, found beside the repository as `../shared/data/`.
  public static let factBaseFiles = ["btap-facts.md", "seed-campaign-homepage.txt"]

  /// The folder `shared/data` beside the repository that holds this file.
  public static let sharedDataDirectory: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.deletingLastPathComponent().appendingPathComponent("shared/data").path
  }()

  /// Creates a checker over the given source texts.
  public init(
    sources: [String], allowedPhrases: [String] = BorrowedWording.reviewedAllowList,
    runLength: Int = 8
  ) {
    self.runLength = runLength
    self.allowedPhrases = allowedPhrases.map(Self.words)
    var runs = Set<[String]>()
    for source in sources {
      let words = Self.words(source)
      guard words.count >= runLength else { continue }
      for start in 0...(words.count - runLength) {
        runs.insert(Array(words[start..<(start + runLength)]))
      }
    }
    sourceRuns = runs
  }

  /// A checker over the fact base files in `../shared/data/`.
  public static func factBase() throws -> BorrowedWording {
    let texts = try factBaseFiles.map { name in
      try String(
        contentsOfFile: sharedDataDirectory + "/" + name, encoding: .utf8)
    }
    return BorrowedWording(sources: texts)
  }

  /// Splits text into lower-case words of letters and digits.
  public static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    for character in text.lowercased() {
      if character.isLetter || character.isNumber {
        current.append(character)
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  /// The runs of `runLength` words that `prose` shares with the sources, joined by spaces.
  public func copiedRuns(in prose: String) -> [String] {
    let words = Self.words(prose)
    guard words.count >= runLength else { return [] }
    var allowed = [Bool](repeating: false, count: words.count)
    for phrase in allowedPhrases where !phrase.isEmpty && phrase.count <= words.count {
      for start in 0...(words.count - phrase.count)
      where Array(words[start..<(start + phrase.count)]) == phrase {
        for index in start..<(start + phrase.count) { allowed[index] = true }
      }
    }
    var found: [String] = []
    for start in 0...(words.count - runLength) {
      let range = start..<(start + runLength)
      if allowed[range].allSatisfy({ $0 }) { continue }
      let run = Array(words[range])
      if sourceRuns.contains(run) { found.append(run.joined(separator: " ")) }
    }
    return found
  }
}
