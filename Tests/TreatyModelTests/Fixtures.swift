import Foundation
import TreatyModel

/// Paths and helpers shared by the model tests.
enum Fixtures {
  /// The repository's shipped `Resources` folder.
  static let resources: String = {
    var url = URL(fileURLWithPath: #filePath)
    url.deleteLastPathComponent()
    url.deleteLastPathComponent()
    url.deleteLastPathComponent()
    return url.appendingPathComponent("Resources").path
  }()

  /// The shipped dataset, loaded once per use.
  static func dataset() throws -> TreatyDataset {
    try TreatyDataset.load(from: resources)
  }

  /// A fresh empty directory under the system's temporary folder.
  static func temporaryDirectory(_ label: String = "btap-test") throws -> String {
    let path = NSTemporaryDirectory() + "\(label)-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// A copy of the shipped resources that a test may modify.
  static func copyOfResources() throws -> String {
    let directory = try temporaryDirectory("btap-resources")
    for name in try FileManager.default.contentsOfDirectory(atPath: resources) {
      try FileManager.default.copyItem(
        atPath: resources + "/" + name, toPath: directory + "/" + name)
    }
    return directory
  }

  /// Locations with the shipped resources and a fresh user data directory.
  static func locations(resources: String = Fixtures.resources) throws -> DataLocations {
    let data = try temporaryDirectory("btap-data")
    return DataLocations(resources: resources, userData: data, state: data + "/state")
  }

  /// A clock fixed at 2026-11-25T10:00:00Z.
  static let clock = Clock.fixed(
    Timestamp("2026-11-25T10:00:00Z") ?? Timestamp(secondsSinceEpoch: 0))

  /// The bytes of a file, or an empty array when it does not exist.
  static func bytes(_ path: String) -> [UInt8] {
    FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
  }

  /// Every regular file in a directory with its bytes, for "nothing changed" checks.
  static func snapshot(of directory: String) -> [String: [UInt8]] {
    var result: [String: [UInt8]] = [:]
    for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] {
      result[name] = bytes(directory + "/" + name)
    }
    return result
  }

  /// Writes text to a file, replacing it.
  static func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  /// Writes raw bytes to a file, replacing it.
  static func write(bytes: [UInt8], to path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  /// A date from a literal known to be valid in the test.
  static func date(_ text: String) -> CalendarDate {
    guard let date = CalendarDate(text) else {
      preconditionFailure("bad date literal \(text) in a test")
    }
    return date
  }
}
