import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A failure of an end-to-end step, with what the screen showed at the time.
struct EndToEndFailure: Error, CustomStringConvertible {
  var description: String

  init(_ description: String) { self.description = description }

  /// A failure about a screen: the whole screen is saved to a file that outlives the test
  /// (`$TMPDIR/btap-e2e-failures/`), the message keeps only its header and last lines.
  /// (`swift test` silently drops an issue whose text is a whole 120×40 screen.)
  init(_ what: String, screen: String) {
    self.description = what + "\n" + EndToEndFailure.summary(of: screen)
  }

  /// The header and the last non-blank lines of a screen, and where the whole screen is.
  static func summary(of screen: String) -> String {
    let directory = NSTemporaryDirectory() + "/btap-e2e-failures"
    try? FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: true)
    let path = directory + "/screen-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt"
    let saved = FileManager.default.createFile(atPath: path, contents: Data(screen.utf8))
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.trimmingCharacters(in: .whitespaces) }
    let nonBlank = lines.filter { !$0.isEmpty }
    let shown = Array(lines.prefix(2)) + ["…"] + Array(nonBlank.suffix(3))
    return (saved ? "the screen is in \(path); " : "") + "it began and ended with:\n"
      + shown.map { "  | " + $0 }.joined(separator: "\n")
  }
}

/// The built `btap` executable the end-to-end tests drive.
///
/// Where it is looked for, in order:
/// 1. `$BTAP_E2E_BINARY`, when set (to test an installed or release build);
/// 2. next to the test runner: `swift test` builds the package's executables into the same
///    directory as the test bundle it runs (`<scratch>/<triple>/debug/`), and on Linux the
///    runner is the process itself, so the directory of `/proc/self/exe` holds `btap` whatever
///    `--scratch-path` was used;
/// 3. walking up from this source file to the package root, then `.build/debug/btap` (the
///    default scratch path), for runners that are not the process itself.
enum BtapBinary {
  static func locate(filePath: String = #filePath) throws -> String {
    let fileManager = FileManager.default
    if let explicit = ProcessInfo.processInfo.environment["BTAP_E2E_BINARY"], !explicit.isEmpty {
      guard fileManager.isExecutableFile(atPath: explicit) else {
        throw EndToEndFailure("BTAP_E2E_BINARY=\(explicit) is not an executable file")
      }
      return explicit
    }
    var looked: [String] = []
    if let runner = try? fileManager.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      let candidate = (runner as NSString).deletingLastPathComponent + "/btap"
      if fileManager.isExecutableFile(atPath: candidate) { return candidate }
      looked.append(candidate)
    }
    var directory = (filePath as NSString).deletingLastPathComponent
    while directory != "/" && !directory.isEmpty {
      if fileManager.fileExists(atPath: directory + "/Package.swift") {
        let candidate = directory + "/.build/debug/btap"
        if fileManager.isExecutableFile(atPath: candidate) { return candidate }
        looked.append(candidate)
        break
      }
      directory = (directory as NSString).deletingLastPathComponent
    }
    throw EndToEndFailure(
      "the btap executable was not found (looked at \(looked.joined(separator: ", "))); "
        + "build it first (`swift build`), or set BTAP_E2E_BINARY")
  }
}

/// One private tmux server (its own socket) with one 120×40 window running an interactive
/// `bash --norc` in a clean environment: `LANG=C.UTF-8`, `TERM=xterm-256color`, a temporary
/// `HOME`, a temporary `XDG_STATE_HOME` and prompt `e2e$ `.
///
/// Every wait polls `capture-pane -p` against a deadline; ``close()`` kills the server and
/// removes the temporary directories (call it in a `defer`).
final class TmuxSession {
  /// The prompt the shell shows, without its trailing space.
  static let prompt = "e2e$"

  let tmux: String
  let socket: String
  let target = "e2e"
  /// A temporary directory holding `data/`, `state/`, `home/` and command outputs.
  let root: String
  /// The directory passed to `--data-dir`.
  let dataDirectory: String
  /// `$XDG_STATE_HOME` (btap keeps its interface state in `btap/` below it).
  let stateHome: String
  private var commandCount = 0
  /// The server's process id and socket file, once it runs (for ``close()``).
  private var serverPID: pid_t?
  private var socketPath: String?

  /// Starts the server and waits for the shell's prompt.
  init(columns: Int = 120, rows: Int = 40) throws {
    guard let tmux = TmuxSession.findExecutable("tmux") else {
      throw EndToEndFailure(
        "tmux was not found on PATH (\(ProcessInfo.processInfo.environment["PATH"] ?? "")): "
          + "the end-to-end tests need it; install it (apt-get install tmux)")
    }
    self.tmux = tmux
    socket = "btap-e2e-\(UInt32.random(in: 0...UInt32.max))-\(getpid())"
    root = try TmuxSession.makeTemporaryDirectory()
    dataDirectory = root + "/data"
    stateHome = root + "/state"
    let home = root + "/home"
    for directory in [dataDirectory, stateHome, home] {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true)
    }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    let environment = [
      "PATH=\(path)", "HOME=\(home)", "LANG=C.UTF-8", "TERM=xterm-256color",
      "XDG_STATE_HOME=\(stateHome)", "PS1=\(TmuxSession.prompt) ", "HISTFILE=/dev/null",
    ]
    let shell =
      "exec env -i " + environment.map(TmuxSession.quote).joined(separator: " ")
      + " bash --norc --noprofile"
    let started = try tmuxCommand([
      "-f", "/dev/null", "new-session", "-d", "-s", target,
      "-x", String(columns), "-y", String(rows), shell,
    ])
    guard started.status == 0 else {
      close()
      throw EndToEndFailure("tmux new-session failed (\(started.status)): \(started.output)")
    }
    do {
      let server = try paneFormat("#{pid} #{socket_path}").split(separator: " ", maxSplits: 1)
      serverPID = server.first.flatMap { pid_t($0) }
      socketPath = server.count > 1 ? String(server[1]) : nil
      try waitForPrompt(timeout: 10)
    } catch {
      close()
      throw error
    }
  }

  /// Kills the tmux server and removes its socket and the temporary directories.
  ///
  /// The shell and anything it runs go with the server; tmux leaves its socket file behind, so
  /// it is removed here. Safe to call more than once.
  func close() {
    _ = try? tmuxCommand(["kill-server"])
    if let serverPID {
      let deadline = Date().addingTimeInterval(2)
      while TmuxSession.isRunning(serverPID) && Date() < deadline { usleep(20_000) }
      if TmuxSession.isRunning(serverPID) { kill(serverPID, SIGKILL) }
      self.serverPID = nil
    }
    if let socketPath { unlink(socketPath) }
    try? FileManager.default.removeItem(atPath: root)
  }

  // MARK: - Driving

  /// Sends tmux key names (`Enter`, `BSpace`, `Escape`, `C-c`, or single characters).
  func press(_ keys: String...) throws {
    try check(tmuxCommand(["send-keys", "-t", target] + keys), "send-keys \(keys)")
  }

  /// Sends text literally, one key per character.
  func type(_ text: String) throws {
    try check(tmuxCommand(["send-keys", "-t", target, "-l", text]), "send-keys -l \(text)")
  }

  /// Sends raw bytes to the program, as a terminal would (`send-keys -H`), for input such as
  /// mouse reports that no key name stands for.
  func sendBytes(_ bytes: [UInt8]) throws {
    let hex = bytes.map { byte in
      let digits = String(byte, radix: 16)
      return digits.count == 1 ? "0" + digits : digits
    }
    try check(tmuxCommand(["send-keys", "-t", target, "-H"] + hex), "send-keys -H \(hex)")
  }

  /// Types a command line into the shell and presses Enter.
  func run(_ commandLine: String) throws {
    try type(commandLine)
    try press("Enter")
  }

  /// Resizes the window (and so the pane, which sends the program SIGWINCH).
  func resize(columns: Int, rows: Int) throws {
    try check(
      tmuxCommand([
        "resize-window", "-t", target, "-x", String(columns), "-y", String(rows),
      ]), "resize-window")
  }

  /// Closes the pane's terminal, as closing a terminal window does.
  ///
  /// A second, empty window keeps the server running. The pane's shell is sent SIGHUP.
  func hangUp() throws {
    try check(tmuxCommand(["new-window", "-d", "-t", target]), "new-window")
    try check(tmuxCommand(["kill-pane", "-t", "\(target):0"]), "kill-pane")
  }

  /// The visible screen, one line per row, trailing blanks trimmed by tmux.
  func screen() throws -> String {
    let result = try tmuxCommand(["capture-pane", "-p", "-t", target])
    try check(result, "capture-pane")
    return result.output
  }

  /// The pane's text with its colours and attributes as SGR escape sequences.
  func styledScreen() throws -> String {
    let result = try tmuxCommand(["capture-pane", "-p", "-e", "-t", target])
    try check(result, "capture-pane -e")
    return result.output
  }

  /// A tmux format evaluated for the pane (for example `#{alternate_on}`).
  func paneFormat(_ format: String) throws -> String {
    let result = try tmuxCommand(["display-message", "-p", "-t", target, format])
    try check(result, "display-message")
    return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Whether the pane is showing the alternate screen (a full-screen program is running).
  func isAlternateScreenOn() throws -> Bool { try paneFormat("#{alternate_on}") == "1" }

  // MARK: - Waiting

  /// Polls the screen until it contains every one of the texts; returns that screen.
  @discardableResult
  func waitForScreen(containing texts: String..., timeout: Double = 10) throws -> String {
    try waitForScreen(
      "a screen containing \(texts.map { "\"\($0)\"" }.joined(separator: " and "))",
      timeout: timeout
    ) { screen in texts.allSatisfy { screen.contains($0) } }
  }

  /// Polls the screen until the predicate holds; on timeout, fails with the last screen.
  @discardableResult
  func waitForScreen(
    _ what: String, timeout: Double = 10, until predicate: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while true {
      last = try screen()
      if predicate(last) { return last }
      if Date() >= deadline { break }
      usleep(40_000)
    }
    throw EndToEndFailure("timed out after \(timeout) s waiting for \(what)", screen: last)
  }

  /// Waits until the shell's prompt is the last non-blank line (the shell is reading input).
  @discardableResult
  func waitForPrompt(timeout: Double = 10) throws -> String {
    try waitForScreen("the shell prompt \"\(TmuxSession.prompt) \"", timeout: timeout) {
      screen in
      TmuxSession.lastNonBlankLine(screen) == TmuxSession.prompt
    }
  }

  /// Waits until a condition outside the screen holds.
  func wait(for what: String, timeout: Double = 10, until condition: () throws -> Bool) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if try condition() { return }
      if Date() >= deadline { break }
      usleep(40_000)
    }
    throw EndToEndFailure("timed out after \(timeout) s waiting for \(what)", screen: try screen())
  }

  // MARK: - Processes

  /// The shell's process id.
  func shellPID() throws -> pid_t {
    guard let pid = pid_t(try paneFormat("#{pane_pid}")) else {
      throw EndToEndFailure("tmux did not report the pane's process id")
    }
    return pid
  }

  /// The shell's children (the program it runs in the foreground), from `/proc`.
  func shellChildren() throws -> [pid_t] {
    let shell = try shellPID()
    let children = "/proc/\(shell)/task/\(shell)/children"
    if let text = try? String(contentsOfFile: children, encoding: .utf8) {
      return text.split(separator: " ").compactMap { pid_t($0) }
    }
    // Kernels without CONFIG_PROC_CHILDREN: scan every process's parent.
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap { entry -> pid_t? in
      guard let pid = pid_t(entry),
        let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
        let close = stat.lastIndex(of: ")")
      else { return nil }
      let fields = stat[stat.index(after: close)...].split(separator: " ")
      return fields.count > 1 && pid_t(fields[1]) == shell ? pid : nil
    }
  }

  /// The children of a process, from `/proc`.
  static func children(of parent: pid_t) -> [pid_t] {
    let path = "/proc/\(parent)/task/\(parent)/children"
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
    return text.split(separator: " ").compactMap { pid_t($0) }
  }

  /// Waits for the shell's single child named `name`; returns its process id.
  func waitForChild(named name: String, timeout: Double = 10) throws -> pid_t {
    var found: pid_t = 0
    try wait(for: "a running \(name) process under the shell", timeout: timeout) {
      found = try shellChildren().first { TmuxSession.processName($0) == name } ?? 0
      return found != 0
    }
    return found
  }

  /// The process's command name, or nil once it has gone.
  static func processName(_ pid: pid_t) -> String? {
    (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Whether the process exists and is not a zombie.
  static func isRunning(_ pid: pid_t) -> Bool {
    guard kill(pid, 0) == 0,
      let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return false }
    let state = stat[stat.index(after: close)...].split(separator: " ").first
    return state != "Z" && state != "X"
  }

  // MARK: - Helpers

  /// The last line of the screen that is not blank, trimmed.
  static func lastNonBlankLine(_ screen: String) -> String {
    screen.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .last { !$0.isEmpty } ?? ""
  }

  /// Quotes a word for `sh`.
  static func quote(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  private func check(_ result: (status: Int32, output: String), _ what: String) throws {
    guard result.status == 0 else {
      throw EndToEndFailure("tmux \(what) failed (\(result.status)): \(result.output)")
    }
  }

  /// Runs `tmux -L <socket> ARGS` and waits for it; stdout and stderr go to a file.
  ///
  /// Started with `posix_spawn`, no signal blocked or ignored and every descriptor above
  /// stderr closed, rather than with
  /// Foundation's `Process`: the server that `new-session` forks outlives the command, and
  /// would otherwise inherit the descriptor `Process` watches for the child's exit (so
  /// `waitUntilExit()` never returns) and the test runner's own output pipe.
  private func tmuxCommand(_ arguments: [String]) throws -> (status: Int32, output: String) {
    commandCount += 1
    let outputPath = root + "/tmux-output-\(commandCount)"
    defer { unlink(outputPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    TmuxSession.closeInheritedDescriptors(&actions)
    // The test runner's threads block signals and it ignores SIGPIPE; the server (and so the
    // shell and btap) would inherit both: a blocked SIGWINCH or SIGTERM never arrives.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var environment = ProcessInfo.processInfo.environment
    environment["TMUX"] = nil
    environment["LANG"] = "C.UTF-8"
    let argv = [tmux, "-L", socket] + arguments
    let envp = environment.map { "\($0.key)=\($0.value)" }
    var pid: pid_t = 0
    let spawned = TmuxSession.withCStrings(argv) { cArgv in
      TmuxSession.withCStrings(envp) { cEnvp in
        posix_spawn(&pid, tmux, &actions, &attributes, cArgv, cEnvp)
      }
    }
    guard spawned == 0 else {
      throw EndToEndFailure("could not start tmux: \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
      guard errno == EINTR else { throw EndToEndFailure("waitpid(tmux) failed: \(errno)") }
    }
    let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    return (exitStatus, text)
  }

  /// Adds "close every descriptor above stderr" to the spawn actions: glibc's
  /// `posix_spawn_file_actions_addclosefrom_np` (2.34+, looked up at run time as Swift's
  /// Glibc module does not export it), else a close for each descriptor open now.
  private static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
    typealias CloseFrom =
      @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32)
      -> Int32
    if let symbol = dlsym(
      UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
    {
      let closeFrom = unsafeBitCast(symbol, to: CloseFrom.self)
      if closeFrom(&actions, 3) == 0 { return }
    }
    let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    for descriptor in open.compactMap({ Int32($0) }) where descriptor > 2 {
      posix_spawn_file_actions_addclose(&actions, descriptor)
    }
  }

  /// Calls `body` with a NULL-terminated C array of the strings.
  private static func withCStrings<R>(
    _ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R
  ) -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { for pointer in pointers { free(pointer) } }
    return body(pointers)
  }

  private static func findExecutable(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = "\(directory)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  private static func makeTemporaryDirectory() throws -> String {
    var template = Array((NSTemporaryDirectory() + "/btap-e2e-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else {
      throw EndToEndFailure("could not create a temporary directory")
    }
    return String(cString: made)
  }
}
