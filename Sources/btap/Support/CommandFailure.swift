import TreatyModel

/// A failed command: the message for standard error and the exit status.
///
/// ``from(_:)`` maps every error the model, and the command line throw to
/// an ``ExitStatus``; nothing else decides exit statuses.
struct CommandFailure: Error, Sendable, CustomStringConvertible {
  /// The exit status.
  let status: ExitStatus
  /// The message, without the `btap: error: ` prefix.
  let message: String

  /// A malformed command line (64).
  static func usage(_ message: String) -> CommandFailure {
    CommandFailure(status: .usage, message: message)
  }

  /// Data that is wrong or a change that is refused (65).
  static func data(_ message: String) -> CommandFailure {
    CommandFailure(status: .data, message: message)
  }

  /// A file that cannot be read or written (74).
  static func inputOutput(_ message: String) -> CommandFailure {
    CommandFailure(status: .inputOutput, message: message)
  }

  /// The message.
  var description: String { message }

  /// The failure for any error thrown while running a command.
  static func from(_ error: any Error) -> CommandFailure {
    switch error {
    case let failure as CommandFailure: return failure
    case let store as StoreError: return from(store)
    case let data as DataError: return from(data)
    case let mark as MarkError: return .data(mark.description)
    case let file as FileSystemError: return .inputOutput(file.description)
    default: return CommandFailure(status: .software, message: "internal error: \(error)")
    }
  }

  /// The failure for an error reading or saving the user's data.
  static func from(_ error: StoreError) -> CommandFailure {
    switch error {
    case .data(let data): return from(data)
    case .file(let file): return .inputOutput(file.description)
    case .dataDirectory: return .inputOutput(error.description)
    case .rejected(let mark): return .data(mark.description)
    case .rejectedFeed(let refusal): return .data(refusal.description)
    }
  }

  /// The failure for a malformed or unreadable data file.
  static func from(_ error: DataError) -> CommandFailure {
    switch error.problem {
    case .unreadable, .unwritable: return .inputOutput(error.description)
    default: return .data(error.description)
    }
  }
}
