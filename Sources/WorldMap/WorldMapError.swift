/// A failure to read or parse a world map file, naming the file and, when parsing, the line.
public enum WorldMapError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file could not be opened or read; `reason` is the system's message.
  case unreadable(path: String, reason: String)
  /// The file was read but line `line` (1-based) is not what the format allows.
  case malformed(path: String, line: Int, problem: String)

  /// The file the error is about.
  public var path: String {
    switch self {
    case .unreadable(let path, _): return path
    case .malformed(let path, _, _): return path
    }
  }

  /// The 1-based line the error is about, or nil when the file could not be read.
  public var line: Int? {
    switch self {
    case .unreadable: return nil
    case .malformed(_, let line, _): return line
    }
  }

  /// A one-line message such as `world-map.txt:12: row has 1439 cells, expected 1440`.
  public var description: String {
    switch self {
    case .unreadable(let path, let reason):
      return "\(path): cannot read the world map: \(reason)"
    case .malformed(let path, let line, let problem):
      return "\(path):\(line): \(problem)"
    }
  }
}
