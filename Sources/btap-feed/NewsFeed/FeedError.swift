/// Why a feed could not be read, located by file, line and column where there is one.
public struct FeedError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong.
  public enum Problem: Hashable, Sendable {
    /// The file could not be read.
    case unreadable(reason: String)
    /// The XML is not well formed.
    case malformed(reason: String)
    /// Well-formed XML, but neither RSS 2.0 nor Atom.
    case notAFeed(rootElement: String)
    /// A byte (numbered from 1) that is not valid in the document's encoding (UTF-8 or
    /// US-ASCII, named).
    case invalidEncoding(String, byteNumber: Int, value: UInt8)
    /// The file is larger than the limit (both in bytes).
    case tooLarge(byteCount: Int, limit: Int)
  }

  /// The file as named by the user.
  public let file: String
  /// The 1-based line, when known.
  public let line: Int?
  /// The 1-based column, when known.
  public let column: Int?
  /// What is wrong.
  public let problem: Problem

  /// Creates an error.
  public init(file: String, line: Int? = nil, column: Int? = nil, problem: Problem) {
    self.file = file
    self.line = line
    self.column = column
    self.problem = problem
  }

  /// Whether the problem is reading the file rather than its content.
  public var isInputOutput: Bool {
    if case .unreadable = problem { return true }
    return false
  }

  /// `file:line:column: problem`.
  public var description: String {
    var location = file
    if let line {
      location += ":\(line)"
      if let column { location += ":\(column)" }
    }
    switch problem {
    case .unreadable(let reason): return "\(location): cannot read the feed (\(reason))"
    case .malformed(let reason): return "\(location): not well-formed XML (\(reason))"
    case .notAFeed(let root):
      return "\(location): not an RSS 2.0 or Atom feed (the document's root element is <\(root)>)"
    case .invalidEncoding(let encoding, let byteNumber, let value):
      return "\(location): not valid \(encoding) at byte \(byteNumber) (\(FeedError.hex(value)))"
    case .tooLarge(let byteCount, let limit):
      return
        "\(location): the feed is too large (\(FeedError.mebibytes(byteCount)); the limit is \(FeedError.mebibytes(limit)))"
    }
  }

  /// A byte as `0xC0`.
  static func hex(_ value: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return "0x" + String(digits[Int(value >> 4)]) + String(digits[Int(value & 0x0F)])
  }

  /// A size in mebibytes: `15 MiB` when whole, else with one decimal (`16.2 MiB`).
  static func mebibytes(_ byteCount: Int) -> String {
    let mebibyte = 1_024 * 1_024
    if byteCount % mebibyte == 0 { return "\(byteCount / mebibyte) MiB" }
    let tenths = (byteCount * 10 + mebibyte / 2) / mebibyte
    return "\(tenths / 10).\(tenths % 10) MiB"
  }
}
