import Foundation

/// A real HTTP server on 127.0.0.1 for the feed tests: `Scripts/feed-server.py`, started in a
/// folder of its own, answering from routes the test writes and logging every request.
public final class FeedServer: @unchecked Sendable {
  /// One answer to a request (see `Scripts/feed-server.py` for every key).
  public typealias Answer = [String: any Sendable]

  /// The port it listens on.
  public let port: Int
  /// The folder holding its routes and log.
  public let directory: URL
  private let process: Process

  /// The repository's root folder.
  public static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Starts a server answering these routes: path → answers in order (the last repeats).
  public init(routes: [String: [Answer]]) throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("btap-feed-server-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try Data().write(to: directory.appendingPathComponent("log.jsonl"))
    process = Process()
    try FeedServer.write(routes, to: directory.appendingPathComponent("routes.json"))
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", FeedServer.repositoryRoot.appendingPathComponent("Scripts/feed-server.py").path,
      "--routes", directory.appendingPathComponent("routes.json").path,
      "--log", directory.appendingPathComponent("log.jsonl").path,
    ]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let line = output.fileHandleForReading.readLine()
    guard let number = Int(line.trimmingCharacters(in: .whitespacesAndNewlines)) else {
      process.terminate()
      throw ServerError(message: "the feed server did not say its port (said '\(line)')")
    }
    port = number
  }

  deinit {
    stop()
  }

  /// Stops the server.
  public func stop() {
    if process.isRunning {
      // SIGKILL: a test runner may hand its children a blocked SIGTERM.
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }
  }

  /// Replaces the routes (the server reads them on every request).
  public func setRoutes(_ routes: [String: [Answer]]) throws {
    try FeedServer.write(routes, to: directory.appendingPathComponent("routes.json"))
  }

  /// The address of a path on this server.
  public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

  /// One request as the server saw it.
  public struct Request: Sendable {
    /// The path asked for.
    public let path: String
    /// The headers, by name as sent.
    public let headers: [String: String]

    /// A header's value, the name compared without regard to case.
    public func header(_ name: String) -> String? {
      headers.first { $0.key.lowercased() == name.lowercased() }?.value
    }
  }

  /// Every request received so far, in order.
  public func requests() throws -> [Request] {
    let text = try String(
      contentsOf: directory.appendingPathComponent("log.jsonl"), encoding: .utf8)
    return try text.split(separator: "\n").map { line in
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      return Request(
        path: object?["path"] as? String ?? "",
        headers: object?["headers"] as? [String: String] ?? [:])
    }
  }

  /// The requests for one path.
  public func requests(to path: String) throws -> [Request] {
    try requests().filter { $0.path == path }
  }

  private static func write(_ routes: [String: [Answer]], to url: URL) throws {
    let data = try JSONSerialization.data(withJSONObject: routes, options: [.sortedKeys])
    try data.write(to: url, options: .atomic)
  }

  /// A failure to start the server.
  public struct ServerError: Error, CustomStringConvertible {
    /// What went wrong.
    public let message: String
    /// What went wrong.
    public var description: String { message }
  }

  /// An address where nothing listens: a port that was just free.
  public static func refusedURL() throws -> String {
    "http://127.0.0.1:\(freePort())/feed.xml"
  }
}

extension FileHandle {
  /// Reads up to and including the next line end (or to the end of the stream).
  fileprivate func readLine() -> String {
    var bytes: [UInt8] = []
    while let byte = try? read(upToCount: 1), let first = byte.first {
      if first == 0x0A { break }
      bytes.append(first)
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// Binds a socket to a free port on 127.0.0.1, closes it and returns the port: nothing
/// listens there afterwards, so a connection is refused.
private func freePort() -> Int {
  let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
  defer { close(descriptor) }
  var address = sockaddr_in()
  address.sin_family = sa_family_t(AF_INET)
  address.sin_addr.s_addr = inet_addr("127.0.0.1")
  address.sin_port = 0
  var length = socklen_t(MemoryLayout<sockaddr_in>.size)
  _ = withUnsafePointer(to: &address) {
    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
      bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
    }
  }
  _ = withUnsafeMutablePointer(to: &address) {
    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
  }
  return Int(UInt16(bigEndian: address.sin_port))
}
