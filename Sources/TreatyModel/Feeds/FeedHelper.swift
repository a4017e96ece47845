#if canImport(Glibc)
  import Glibc
#endif

/// The `btap-feed` helper process, which holds the XML parser and the HTTP client: where it
/// is, and one running copy of it with its standard output on a pipe.
///
/// Building `btap` builds the helper beside it; an installed btap keeps it in
/// `libexec/btap/` under the same prefix.
public struct FeedHelper: Sendable {
  /// The helper's file name.
  public static let executableName = "btap-feed"
  /// What starts each error line the helper writes.
  public static let errorPrefix = "btap: error: "

  /// The helper's process id.
  public let processIdentifier: pid_t
  /// The read end of the pipe on the helper's standard output.
  public let outputDescriptor: Int32
  /// Bytes read that do not yet end a line.
  private var pending: [UInt8] = []

  /// Finds the helper: beside the running executable, else in `../libexec/btap/`.
  public static func locate() throws(FileSystemError) -> String {
    guard let executable = FileSystem.executablePath() else {
      throw FileSystemError(path: "/proc/self/exe", errorNumber: ENOENT)
    }
    let directory = FileSystem.directoryName(of: executable)
    let candidates = [
      FileSystem.join(directory, executableName),
      FileSystem.join(directory, "../libexec/btap/" + executableName),
    ]
    for candidate in candidates where access(candidate, X_OK) == 0 {
      return candidate
    }
    throw FileSystemError(path: candidates[0], errorNumber: ENOENT)
  }

  /// Starts the helper with these arguments; its standard input is `/dev/null`.
  ///
  /// With `mergingErrors`, its standard error goes down the same pipe as its output (for the
  /// dashboard, whose terminal must not receive it); otherwise it is passed through.
  public static func start(
    _ arguments: [String], mergingErrors: Bool = false
  ) throws(FileSystemError) -> FeedHelper {
    let path = try locate()
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else { throw FileSystemError(path: path, errorNumber: errno) }
    // Neither end leaks into other children (a second helper, a browser); the helper's own
    // copy is made by dup2, which clears the flag.
    for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
    if mergingErrors { posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 2) }
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    // The helper starts with no signal blocked and the default actions, whatever the
    // dashboard set up for itself, so that a SIGTERM from ``terminate()`` ends it.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGTERM, SIGINT, SIGHUP, SIGPIPE, SIGQUIT] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
    close(pipeEnds[1])
    guard spawned == 0 else {
      close(pipeEnds[0])
      throw FileSystemError(path: path, errorNumber: spawned)
    }
    return FeedHelper(processIdentifier: pid, outputDescriptor: pipeEnds[0])
  }

  private init(processIdentifier: pid_t, outputDescriptor: Int32) {
    self.processIdentifier = processIdentifier
    self.outputDescriptor = outputDescriptor
  }

  /// What one read from the helper gave.
  public enum Output: Hashable, Sendable {
    /// Complete lines (possibly none, when only part of a line arrived).
    case lines([String])
    /// Nothing to read yet (only when not blocking).
    case nothingYet
    /// The helper closed its output: it has finished (any last partial line comes with it).
    case finished([String])
  }

  /// Reads what the helper wrote; with `blocking` false, returns at once.
  public mutating func read(blocking: Bool) -> Output {
    if !blocking {
      var poller = pollfd(fd: outputDescriptor, events: Int16(POLLIN), revents: 0)
      if poll(&poller, 1, 0) <= 0 { return .nothingYet }
    }
    var chunk = [UInt8](repeating: 0, count: 65_536)
    var count = 0
    repeat {
      count = chunk.withUnsafeMutableBytes {
        Glibc.read(outputDescriptor, $0.baseAddress, $0.count)
      }
    } while count < 0 && errno == EINTR
    if count <= 0 {
      var last: [String] = []
      if !pending.isEmpty { last.append(String(decoding: pending, as: UTF8.self)) }
      pending = []
      return .finished(last)
    }
    pending += chunk[0..<count]
    var lines: [String] = []
    while let end = pending.firstIndex(of: 0x0A) {
      lines.append(String(decoding: pending[..<end], as: UTF8.self))
      pending.removeSubrange(...end)
    }
    return .lines(lines)
  }

  /// Reads everything the helper writes until it ends.
  public mutating func readAll() -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes {
        Glibc.read(outputDescriptor, $0.baseAddress, $0.count)
      }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { break }
      bytes += chunk[0..<count]
    }
    return bytes
  }

  /// Closes the pipe and waits for the helper; returns its exit status (70 when it did not
  /// exit normally).
  public func wait() -> Int32 {
    close(outputDescriptor)
    var status: Int32 = 0
    while waitpid(processIdentifier, &status, 0) < 0, errno == EINTR {}
    return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 70
  }

  /// Asks the helper to stop (SIGTERM), for a dashboard that quits while it runs.
  public func terminate() {
    kill(processIdentifier, SIGTERM)
  }
}
