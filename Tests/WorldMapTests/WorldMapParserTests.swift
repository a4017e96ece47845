import Testing
import WorldMap

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Malformed files are refused with the file, the line and the problem named.
@Suite struct WorldMapParserTests {
  /// A valid two-by-two map to break one line at a time.
  static let valid = [
    "btap-world-map 1",
    "grid 2 2 -180 180 -90 90",
    "country AA -90 45 Aland",
    "marker AA -90 45",
    "row AA1 .1",
    "row .2",
  ]

  /// The valid map with line `number` (1-based) replaced.
  static func replacing(line number: Int, with text: String) -> String {
    var lines = valid
    lines[number - 1] = text
    return lines.joined(separator: "\n") + "\n"
  }

  @Test func theValidFixtureParses() throws {
    let map = try WorldMap.parse(Self.valid.joined(separator: "\n"), path: "valid.txt")
    #expect(map.country(longitude: -90, latitude: 45) == "AA")
    #expect(
      map.markers == [WorldMap.Marker(iso2: "AA", longitude: -90, latitude: 45, kind: .state)])
  }

  @Test func windowsLineEndingsAndCommentsAreAccepted() throws {
    let text = "# comment\r\n" + Self.valid.joined(separator: "\r\n") + "\r\n\r\n"
    let map = try WorldMap.parse(text, path: "crlf.txt")
    #expect(map.country(longitude: -90, latitude: 45) == "AA")
  }

  @Test func linesOfSpacesAreBlank() throws {
    var lines = Self.valid
    lines.insert("   ", at: 2)
    let map = try WorldMap.parse(lines.joined(separator: "\n") + "\n", path: "blank.txt")
    #expect(map.country(longitude: -90, latitude: 45) == "AA")
    lines.insert(" ", at: 0)
    #expect(try WorldMap.parse(lines.joined(separator: "\n"), path: "blank.txt") == map)
  }

  @Test(arguments: [
    (1, "btap-world-map 2", "unsupported format version '2'"),
    (1, "grid 2 2 -180 180 -90 90", "expected 'btap-world-map 1'"),
    (2, "grid 2 x -180 180 -90 90", "is not two positive whole numbers"),
    (2, "grid 2 2 -180 180 -90", "expected 'grid COLUMNS ROWS"),
    (2, "grid 2 2 180 -180 -90 90", "WEST < EAST"),
    (2, "grid 2 2 -180 180 -91 90", "'-91' is not a number of degrees"),
    (3, "country A1 -90 45 Aland", "'A1' is not a two-letter ISO 3166 code"),
    (3, "country AA east 45 Aland", "'east' is not a number of degrees"),
    (3, "country AA -90 45", "expected 'country ISO2 LONGITUDE LATITUDE NAME'"),
    (4, "marker BB -90 45", "marker BB comes before a country line for BB"),
    (4, "pin AA -90 45", "unknown record 'pin'"),
    (5, "row AA1 .2", "row 1 has more than 2 cells"),
    (5, "row AA1", "row 1 has 1 cells, expected 2"),
    (5, "row ZZ1 .1", "run 'ZZ1' uses a code with no country line"),
    (5, "row AA .1", "run 'AA' needs a positive cell count"),
    (5, "row AA0 .2", "run 'AA0' needs a positive cell count"),
    (5, "row aa1 .1", "run 'aa1' does not start with '.' or a code"),
    (5, "row AA1x .1", "run 'AA1x' needs a positive cell count"),
  ])
  func badLinesAreNamed(line: Int, text: String, problem: String) {
    let source = Self.replacing(line: line, with: text)
    do {
      _ = try WorldMap.parse(source, path: "broken.txt")
      Issue.record("expected an error for line \(line): \(text)")
    } catch {
      #expect(error.path == "broken.txt")
      #expect(error.line == line)
      #expect(error.description.hasPrefix("broken.txt:\(line): "))
      #expect(error.description.contains(problem), "\(error.description)")
    }
  }

  @Test func aRowBeforeTheGridIsRefused() {
    let source = "btap-world-map 1\nrow .2\n"
    #expect(
      throws: WorldMapError.malformed(path: "x", line: 2, problem: "a row before the grid line")
    ) {
      try WorldMap.parse(source, path: "x")
    }
  }

  @Test func missingAndExtraRowsAreRefused() {
    let short = Self.valid.dropLast().joined(separator: "\n") + "\n"
    #expect(
      throws: WorldMapError.malformed(
        path: "x", line: 5, problem: "the file ends after 1 of 2 rows")
    ) {
      try WorldMap.parse(short, path: "x")
    }
    let long = (Self.valid + ["row .2"]).joined(separator: "\n")
    #expect(
      throws: WorldMapError.malformed(
        path: "x", line: 7, problem: "more rows than the 2 the grid declares")
    ) {
      try WorldMap.parse(long, path: "x")
    }
  }

  @Test func duplicateCountriesAndMarkersAreRefused() {
    var lines = Self.valid
    lines.insert("country AA 0 0 Again", at: 3)
    #expect(
      throws: WorldMapError.malformed(path: "x", line: 4, problem: "country AA is listed twice")
    ) {
      try WorldMap.parse(lines.joined(separator: "\n"), path: "x")
    }
    var markers = Self.valid
    markers.insert("organization AA 0 0", at: 4)
    #expect(
      throws: WorldMapError.malformed(path: "x", line: 5, problem: "AA has a second marker")
    ) {
      try WorldMap.parse(markers.joined(separator: "\n"), path: "x")
    }
  }

  @Test func anEmptyFileIsRefused() {
    #expect(
      throws: WorldMapError.malformed(
        path: "empty.txt", line: 1, problem: "the file has no 'btap-world-map 1' line")
    ) {
      try WorldMap.parse("", path: "empty.txt")
    }
  }

  @Test func aMissingFileNamesThePath() {
    let path = ShippedResources.folder + "/no-such-world-map.txt"
    do {
      _ = try WorldMap.load(from: path)
      Issue.record("expected an error")
    } catch {
      #expect(error == .unreadable(path: path, reason: "No such file or directory"))
      #expect(error.line == nil)
      #expect(error.description.contains(path))
    }
  }

  @Test func loadingReadsTheFileFromDisk() throws {
    let path = "/tmp/btap-world-map-test-\(getpid()).txt"
    try writeText(Self.valid.joined(separator: "\n"), to: path)
    defer { unlink(path) }
    let map = try WorldMap.load(from: path)
    #expect(map.country(longitude: -90, latitude: 45) == "AA")
    #expect(map == (try WorldMap.parse(Self.valid.joined(separator: "\n"), path: "other")))
  }
}
