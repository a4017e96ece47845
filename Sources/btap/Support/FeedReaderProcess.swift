import ArgumentParser
import TreatyModel

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the `btap-feed` helper, which holds the XML parser, and reads the items it found.
///
/// Keeping FoundationXML (with libxml2 and ICU) in a helper executable beside `btap` keeps
/// it out of the dashboard's start-up. The helper's own errors reach standard error as they
/// are, and its exit status becomes btap's.
enum FeedReaderProcess {
  /// What the helper read from a feed.
  struct Result {
    /// "RSS 2.0" or "Atom".
    var kind: String
    /// The feed's title, or empty.
    var title: String
    /// The items, in feed order, without repeats.
    var items: [NewsItem]
    /// Items that repeated an earlier one within the feed.
    var duplicatesInFeed: Int
  }

  /// The helper's file name, looked for beside the running `btap`.
  static let helperName = "btap-feed"

  /// Parses `file` with the helper; items with no date get `importDay`.
  static func read(file: String, importDay: CalendarDate) throws -> Result {
    guard let executable = FileSystem.executablePath() else {
      throw CommandFailure.inputOutput("cannot find btap's own location in /proc/self/exe")
    }
    let helper = FileSystem.join(FileSystem.directoryName(of: executable), helperName)
    guard access(helper, X_OK) == 0 else {
      throw CommandFailure.inputOutput(
        "\(helper) is missing: build it beside btap with 'swift build' (or 'swift build -c release --product btap-feed')"
      )
    }
    let (status, output) = try run(helper, arguments: [file, importDay.description])
    guard status == 0 else { throw ExitCode(status) }
    return try parse(output, helper: helper)
  }

  /// Parses the helper's output: `# feed-…` lines, then news rows.
  static func parse(_ output: [UInt8], helper: String) throws -> Result {
    var result = Result(kind: "", title: "", items: [], duplicatesInFeed: 0)
    for line in output.split(separator: 0x0A).prefix(3) {
      let fields = String(decoding: line, as: UTF8.self).split(
        separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
      guard fields.count == 2 else { continue }
      switch fields[0] {
      case "# feed-kind": result.kind = String(fields[1])
      case "# feed-title": result.title = String(fields[1])
      case "# feed-duplicates": result.duplicatesInFeed = Int(fields[1]) ?? 0
      default: break
      }
    }
    do {
      result.items = try ImportedNews.parse(output, file: helper + " (output)").items
    } catch {
      throw CommandFailure.from(error)
    }
    return result
  }

  /// Runs an executable with standard output captured and standard error passed through.
  private static func run(_ path: String, arguments: [String]) throws -> (Int32, [UInt8]) {
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else {
      throw CommandFailure.inputOutput("cannot start \(path): \(String(cString: strerror(errno)))")
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
    posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
    posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    close(pipeEnds[1])
    guard spawned == 0 else {
      close(pipeEnds[0])
      throw CommandFailure.inputOutput(
        "cannot start \(path): \(String(cString: strerror(spawned)))")
    }
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(pipeEnds[0], $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { break }
      output += chunk[0..<count]
    }
    close(pipeEnds[0])
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    let exited = (status & 0x7f) == 0
    return (exited ? (status >> 8) & 0xff : 70, output)
  }
}
