import WorldMap

/// Paths and shared values for tests that read the repository's shipped resources.
enum ShippedResources {
  /// The repository's `Resources` folder, found from this file's path.
  static let folder: String = {
    var components = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
    components.removeLast(3)
    return components.joined(separator: "/") + "/Resources"
  }()

  /// `Resources/world-map.txt`.
  static let worldMapPath = folder + "/world-map.txt"

  /// `Resources/parties.tsv`.
  static let partiesPath = folder + "/parties.tsv"

  /// The shipped map, loaded once for all tests.
  static let worldMap: Result<WorldMap, WorldMapError> = Result {
    () throws(WorldMapError) -> WorldMap in
    try WorldMap.load(from: worldMapPath)
  }

  /// The `iso2` column of `Resources/parties.tsv` (after its comment and header lines).
  static func partyCodes() throws -> [String] {
    let text = try readText(partiesPath)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
    return lines.dropFirst(2).map { line in
      String(line.split(separator: "\t", omittingEmptySubsequences: false)[1])
    }
  }

  /// Reads a UTF-8 text file with the C library.
  static func readText(_ path: String) throws -> String {
    let bytes = try readBytes(path)
    return String(decoding: bytes, as: UTF8.self)
  }
}
