#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Unbuffered writes to standard output and standard error, each text in as few system
/// calls as possible.
enum StandardStreams {
  /// Writes text to standard output.
  static func output(_ text: String) {
    write(text, to: 1)
  }

  /// Writes text to standard error.
  static func error(_ text: String) {
    write(text, to: 2)
  }

  /// Whether standard output is a terminal.
  static var outputIsTerminal: Bool { isatty(1) == 1 }

  private static func write(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { buffer in
      guard let base = buffer.baseAddress else { return }
      var written = 0
      while written < buffer.count {
        let result = Glibc.write(descriptor, base + written, buffer.count - written)
        if result < 0 {
          if errno == EINTR { continue }
          return
        }
        written += result
      }
    }
  }
}
