import Foundation
import Testing

/// What one run of the built `btap` binary did.
struct RunResult: Sendable {
  /// The exit status.
  let status: Int32
  /// Everything written to standard output.
  let output: String
  /// Everything written to standard error.
  let error: String

  /// Standard output split into lines, without the final empty one.
  var lines: [String] {
    var lines = output.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}

/// Runs the built `btap` executable as a subprocess, each test in its own data directory.
struct BtapRunner: Sendable {
  /// The user data directory this runner passes with `--data-dir`.
  let dataDirectory: String

  /// A runner with a new, empty temporary data directory.
  init() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("btap-cli-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    dataDirectory = directory.path
  }

  /// The `btap` binary: beside the test bundle in the build folder (or `BTAP_BINARY`).
  static let binary: String = {
    if let explicit = ProcessInfo.processInfo.environment["BTAP_BINARY"] { return explicit }
    var candidates: [String] = []
    if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    {
      candidates.append(URL(fileURLWithPath: executable).deletingLastPathComponent().path)
    }
    if let first = CommandLine.arguments.first {
      var url = URL(fileURLWithPath: first).deletingLastPathComponent()
      candidates.append(url.path)
      // Inside an `.xctest` bundle directory (Darwin layout), go up past it.
      while url.path != "/" && url.pathExtension != "xctest" { url.deleteLastPathComponent() }
      if url.pathExtension == "xctest" { candidates.append(url.deletingLastPathComponent().path) }
    }
    for directory in candidates {
      let path = URL(fileURLWithPath: directory).appendingPathComponent("btap").path
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return URL(fileURLWithPath: candidates.first ?? ".").appendingPathComponent("btap").path
  }()

  /// The repository's root folder.
  static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// A file among the news feed fixtures.
  static func fixture(_ name: String) -> String {
    repositoryRoot.appendingPathComponent("Tests/NewsFeedTests/Fixtures/\(name)").path
  }

  /// Runs `btap` with the arguments, then `--data-dir` (unless `dataDirectoryOption` is
  /// false), with a clean environment plus `environment`.
  func run(
    _ arguments: [String], dataDirectoryOption: Bool = true, environment: [String: String] = [:]
  ) throws -> RunResult {
    var all = arguments
    if dataDirectoryOption { all += ["--data-dir", dataDirectory] }
    return try BtapRunner.run(all, environment: environment)
  }

  /// Runs `btap` with exactly these arguments.
  static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> RunResult {
    let process = try start(arguments, environment: environment)
    process.process.waitUntilExit()
    return try process.finish()
  }

  /// Runs `btap` with these arguments as an ordinary user: as root, through `setpriv` as the
  /// user and group `nobody` (65534), so file permissions apply; otherwise as it is.
  static func runUnprivileged(_ arguments: [String]) throws -> RunResult {
    guard getuid() == 0 else { return try run(arguments) }
    let setpriv = "/usr/bin/setpriv"
    guard FileManager.default.isExecutableFile(atPath: setpriv) else {
      throw RunnerError.missingTool(setpriv)
    }
    let process = try start(
      ["--reuid=65534", "--regid=65534", "--clear-groups", binary] + arguments
        + ["--resources", try readableResources()],
      executable: setpriv)
    return try process.finish()
  }

  /// A copy of the shipped data that any user can read: the checkout itself may sit under a
  /// folder only its owner can enter (a `mktemp -d` clone, say).
  static func readableResources() throws -> String {
    let manager = FileManager.default
    let copy = manager.temporaryDirectory
      .appendingPathComponent("btap-resources-\(UUID().uuidString)").path
    try manager.copyItem(
      atPath: repositoryRoot.appendingPathComponent("Resources").path, toPath: copy)
    for path in [copy] + (try manager.contentsOfDirectory(atPath: copy)).map({ copy + "/" + $0 }) {
      var isDirectory: ObjCBool = false
      _ = manager.fileExists(atPath: path, isDirectory: &isDirectory)
      try manager.setAttributes(
        [.posixPermissions: isDirectory.boolValue ? 0o755 : 0o644], ofItemAtPath: path)
    }
    return copy
  }

  /// A tool a test needs is missing.
  enum RunnerError: Error {
    case missingTool(String)
  }

  /// A started process whose output goes to temporary files.
  struct Started {
    /// The process.
    let process: Process
    /// Where standard output goes.
    let outputFile: URL
    /// Where standard error goes.
    let errorFile: URL

    /// Waits for the process and collects its output.
    func finish() throws -> RunResult {
      process.waitUntilExit()
      let output = try String(contentsOf: outputFile, encoding: .utf8)
      let error = try String(contentsOf: errorFile, encoding: .utf8)
      try? FileManager.default.removeItem(at: outputFile)
      try? FileManager.default.removeItem(at: errorFile)
      return RunResult(status: process.terminationStatus, output: output, error: error)
    }
  }

  /// Starts `btap` (or `executable`) without waiting for it.
  static func start(
    _ arguments: [String], environment: [String: String] = [:], executable: String = binary
  ) throws -> Started {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var base = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8"]
    if let resources = ProcessInfo.processInfo.environment["BTAP_RESOURCES"] {
      base["BTAP_RESOURCES"] = resources
    }
    process.environment = base.merging(environment) { $1 }
    let temporary = FileManager.default.temporaryDirectory
    let outputFile = temporary.appendingPathComponent("btap-out-\(UUID().uuidString)")
    let errorFile = temporary.appendingPathComponent("btap-err-\(UUID().uuidString)")
    FileManager.default.createFile(atPath: outputFile.path, contents: nil)
    FileManager.default.createFile(atPath: errorFile.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: outputFile)
    process.standardError = try FileHandle(forWritingTo: errorFile)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    return Started(process: process, outputFile: outputFile, errorFile: errorFile)
  }
}
