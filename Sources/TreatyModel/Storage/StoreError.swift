/// Why reading or saving the user's data failed.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A file is malformed (file, line, problem).
  case data(DataError)
  /// The file system refused (path, reason).
  case file(FileSystemError)
  /// The user's data directory cannot be read (path, reason).
  case dataDirectory(FileSystemError)
  /// The change breaks a rule of the treaty or of the marks.
  case rejected(MarkError)
  /// A change to the feed list was refused (not a feed address, already there, not there).
  case rejectedFeed(SubscriptionList.Refusal)

  /// The message shown to the user.
  public var description: String {
    switch self {
    case .data(let error): return error.description
    case .file(let error): return error.description
    case .dataDirectory(let error):
      return "\(error.path): cannot read the data directory (\(error.reason))"
    case .rejected(let error): return error.description
    case .rejectedFeed(let refusal): return refusal.description
    }
  }
}
