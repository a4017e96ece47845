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
    }
  }
}
