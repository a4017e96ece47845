/// A problem with one of btap's data files, located by file and line.
///
/// The message a user sees is always `file:line: problem` (or `file: problem` when the
/// problem is not on one line), built in ``description``.
public struct DataError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong.
  public enum Problem: Hashable, Sendable {
    /// The file could not be opened or read.
    case unreadable(reason: String)
    /// The file has no content at all.
    case emptyFile
    /// The bytes are not valid UTF-8.
    case invalidUTF8
    /// The last line has no line end: the file was cut short.
    case truncatedLastLine
    /// The header row differs from the expected one.
    case unexpectedHeader(expected: [String], found: [String])
    /// A row has fewer fields than the header.
    case missingColumns(expected: Int, found: Int)
    /// A row has more fields than the header.
    case extraColumns(expected: Int, found: Int)
    /// A field that must not be empty is empty.
    case emptyField(column: String)
    /// A date field is not a real `YYYY-MM-DD` date.
    case badDate(column: String, value: String)
    /// A field holds a value outside its allowed set.
    case unknownValue(column: String, value: String, allowed: [String])
    /// A field is not a valid number.
    case badNumber(column: String, value: String)
    /// A number outside the range the field allows.
    case outOfRange(column: String, value: String, range: ClosedRange<Int>)
    /// A key (such as an ISO code) appears twice.
    case duplicate(column: String, value: String, firstLine: Int)
    /// A row refers to a party btap does not know.
    case unknownParty(code: String)
    /// The rows contradict each other or the treaty's rules.
    case inconsistent(String)
    /// A required key is missing from a key/value file.
    case missingKey(String)
    /// The data could not be written.
    case unwritable(reason: String)
  }

  /// The file's name as shown to the user (a path or a file name).
  public let file: String
  /// The 1-based line number, or nil when the problem concerns the whole file.
  public let line: Int?
  /// What is wrong.
  public let problem: Problem

  /// Creates an error for a file and line.
  public init(file: String, line: Int?, problem: Problem) {
    self.file = file
    self.line = line
    self.problem = problem
  }

  /// `file:line: problem`.
  public var description: String {
    let location = line.map { "\(file):\($0)" } ?? file
    return "\(location): \(problemText)"
  }

  /// The problem in words, without the location.
  public var problemText: String {
    switch problem {
    case .unreadable(let reason): return "cannot read the file (\(reason))"
    case .emptyFile: return "the file is empty"
    case .invalidUTF8: return "the text is not valid UTF-8"
    case .truncatedLastLine: return "the last line has no line end (the file was cut short)"
    case .unexpectedHeader(let expected, let found):
      return
        "expected the header '\(expected.joined(separator: "\\t"))', found '\(found.joined(separator: "\\t"))'"
    case .missingColumns(let expected, let found):
      return "missing column: expected \(expected) fields, found \(found)"
    case .extraColumns(let expected, let found):
      return "extra column: expected \(expected) fields, found \(found)"
    case .emptyField(let column): return "the \(column) field is empty"
    case .badDate(let column, let value):
      return "bad date '\(value)' in \(column) (expected a real date as YYYY-MM-DD)"
    case .unknownValue(let column, let value, let allowed):
      return "unknown \(column) '\(value)' (expected one of: \(allowed.joined(separator: ", ")))"
    case .badNumber(let column, let value): return "bad number '\(value)' in \(column)"
    case .outOfRange(let column, let value, let range):
      return
        "\(column) '\(value)' is out of range (expected \(range.lowerBound) to \(range.upperBound))"
    case .duplicate(let column, let value, let firstLine):
      return "duplicate \(column) '\(value)' (first on line \(firstLine))"
    case .unknownParty(let code): return "mark for unknown party '\(code)'"
    case .inconsistent(let text): return text
    case .missingKey(let key): return "missing the key '\(key)'"
    case .unwritable(let reason): return "cannot save (\(reason))"
    }
  }
}
