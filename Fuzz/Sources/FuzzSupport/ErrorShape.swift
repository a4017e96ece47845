import NewsFeed
import TreatyModel
import WorldMap

/// The shape every error message a reader throws must have: the file it was given, a line
/// inside the input (or none) and a one-line problem, as `file:line: problem`.
enum ErrorShape {
  /// Checks a data error from reading `bytes` as `file`.
  static func check(_ error: DataError, file: String, bytes: [UInt8]) {
    FuzzCheck.require(error.file == file, "error names '\(error.file)', not '\(file)'")
    let problem = error.problemText
    FuzzCheck.require(!problem.isEmpty, "an empty problem in \(error)")
    if let line = error.line {
      checkLine(line, bytes: bytes, in: error.description)
      FuzzCheck.require(
        error.description == "\(file):\(line): \(problem)", "not 'file:line: problem': \(error)")
    } else {
      FuzzCheck.require(
        error.description == "\(file): \(problem)", "not 'file: problem': \(error)")
    }
    FuzzCheck.require(!error.description.utf8.contains(0x0A), "a line feed in: \(error)")
  }

  /// Checks a world map error from reading `bytes` as `path`.
  static func check(_ error: WorldMapError, path: String, bytes: [UInt8]) {
    guard case .malformed(let errorPath, let line, let problem) = error else {
      FuzzCheck.fail("reading bytes cannot fail to read a file: \(error)")
    }
    FuzzCheck.require(errorPath == path, "error names '\(errorPath)', not '\(path)'")
    FuzzCheck.require(!problem.isEmpty, "an empty problem in \(error)")
    checkLine(line, bytes: bytes, in: error.description)
    FuzzCheck.require(
      error.description == "\(path):\(line): \(problem)", "not 'file:line: problem': \(error)")
    FuzzCheck.require(!error.description.utf8.contains(0x0A), "a line feed in: \(error)")
  }

  /// Checks a feed error from reading `bytes` as `file`.
  static func check(_ error: FeedError, file: String, bytes: [UInt8]) {
    FuzzCheck.require(error.file == file, "error names '\(error.file)', not '\(file)'")
    FuzzCheck.require(!error.isInputOutput, "reading bytes cannot fail to read a file: \(error)")
    if let line = error.line {
      FuzzCheck.require(line >= 1, "line \(line) in: \(error)")
      FuzzCheck.require(error.column.map { $0 >= 0 } ?? true, "a negative column in: \(error)")
      FuzzCheck.require(
        error.description.hasPrefix("\(file):\(line)"), "not 'file:line…': \(error)")
    } else {
      FuzzCheck.require(error.column == nil, "a column without a line in: \(error)")
      FuzzCheck.require(error.description.hasPrefix("\(file): "), "not 'file: …': \(error)")
    }
    FuzzCheck.require(!error.description.utf8.contains(0x0A), "a line feed in: \(error)")
  }

  /// Checks that `line` is a line of `bytes`.
  private static func checkLine(_ line: Int, bytes: [UInt8], in message: String) {
    let lines = FuzzInput.lineCount(bytes)
    FuzzCheck.require(
      (1...lines).contains(line), "line \(line) of an input of \(lines) lines: \(message)")
  }
}
