#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which country lies where: a grid of ISO 3166-1 alpha-2 codes over an equirectangular
/// world, plus point markers for states too small for the grid.
///
/// Load it once from `Resources/world-map.txt` (made by `Scripts/make-world-map.py` from
/// Natural Earth), then ask ``country(longitude:latitude:)``, draw it with
/// ``rasterize(width:height:view:samplesPerAxis:drawsMarkers:)``, or find a country with
/// ``location(ofCountry:)``. The value is immutable and safe to share across tasks.
public struct WorldMap: Equatable, Sendable {
  /// The grid's extent, in degrees.
  public let bounds: GridBounds
  /// The number of grid columns, west to east.
  public let columns: Int
  /// The number of grid rows, north to south.
  public let rows: Int
  /// The grid, run-length encoded: row `r` is runs `rowRunStarts[r] ..< rowRunStarts[r + 1]`.
  ///
  /// Runs stay encoded in memory (about 50 KB for the shipped map, against 1.6 MB decoded)
  /// so that rasterising walks cache-resident data.
  let rowRunStarts: [Int32]
  /// The column just past each run's last cell, counted from the row's start.
  let runEnds: [Int32]
  /// The code-table index of each run.
  let runCodes: [UInt16]
  /// Index to code: entry 0 is nil (sea or unassigned), every other an ISO2 code (or `EU`).
  public let codeTable: [String?]
  /// Index to the English name given in the file; entry 0 is empty.
  let names: [String]
  /// Index to the label point (a point inside the country, or its marker).
  let labels: [Coordinate]
  /// Code to index.
  let indexByCode: [String: UInt16]
  /// The point markers, in file order: small states, then organisations.
  public let markers: [Marker]

  /// A longitude/latitude pair kept internally; the API hands out tuples.
  struct Coordinate: Equatable, Sendable {
    var longitude: Double
    var latitude: Double
  }

  /// Reads and parses a world map file.
  ///
  /// - Throws: ``WorldMapError/unreadable(path:reason:)`` when the file cannot be read and
  ///   ``WorldMapError/malformed(path:line:problem:)`` naming the first bad line.
  public static func load(from path: String) throws(WorldMapError) -> WorldMap {
    let bytes = try readFile(path: path)
    return try parse(bytes: bytes, path: path)
  }

  /// Parses the text of a world map file; `path` only names the source in errors.
  public static func parse(_ text: String, path: String) throws(WorldMapError) -> WorldMap {
    try parse(bytes: Array(text.utf8), path: path)
  }

  /// Parses the bytes of a world map file; `path` only names the source in errors.
  public static func parse(bytes: [UInt8], path: String) throws(WorldMapError) -> WorldMap {
    var parser = WorldMapParser(path: path, bytes: bytes)
    return try parser.parse()
  }

  /// The width of a grid cell, in degrees of longitude.
  public var cellWidth: Double { bounds.longitudeSpan / Double(columns) }

  /// The height of a grid cell, in degrees of latitude.
  public var cellHeight: Double { bounds.latitudeSpan / Double(rows) }

  /// Whether the grid spans all longitudes, so that longitudes wrap around.
  public var isGlobal: Bool { bounds.longitudeSpan >= 360 }

  /// Every code the map knows (grid countries, marked states and organisations), sorted.
  public var countryCodes: [String] { indexByCode.keys.sorted() }

  /// The grid cell holding a point, or nil outside the grid.
  ///
  /// On a global grid any finite longitude is accepted and wrapped into range; the
  /// southern and eastern edges belong to the last row and column.
  public func cell(longitude: Double, latitude: Double) -> GridCell? {
    guard longitude.isFinite, latitude.isFinite else { return nil }
    guard latitude >= bounds.south, latitude <= bounds.north else { return nil }
    var longitude = longitude
    if isGlobal, longitude < bounds.west || longitude >= bounds.west + 360 {
      longitude -= 360 * ((longitude - bounds.west) / 360).rounded(.down)
    }
    guard longitude >= bounds.west, longitude <= bounds.east else { return nil }
    let column = Int(((longitude - bounds.west) / cellWidth).rounded(.down))
    let row = Int(((bounds.north - latitude) / cellHeight).rounded(.down))
    return GridCell(column: min(max(column, 0), columns - 1), row: min(max(row, 0), rows - 1))
  }

  /// The longitude and latitude of a cell's centre.
  public func center(of cell: GridCell) -> (longitude: Double, latitude: Double) {
    (
      bounds.west + (Double(cell.column) + 0.5) * cellWidth,
      bounds.north - (Double(cell.row) + 0.5) * cellHeight
    )
  }

  /// The ISO2 code of a cell, or nil for sea, unassigned land or a cell outside the grid.
  public func country(in cell: GridCell) -> String? {
    guard cell.column >= 0, cell.column < columns, cell.row >= 0, cell.row < rows else {
      return nil
    }
    return codeTable[Int(index(column: cell.column, row: cell.row))]
  }

  /// The code-table index of an in-range cell: a binary search over its row's runs.
  func index(column: Int, row: Int) -> UInt16 {
    var low = Int(rowRunStarts[row])
    var high = Int(rowRunStarts[row + 1]) - 1
    while low < high {
      let middle = (low + high) / 2
      if Int(runEnds[middle]) > column {
        high = middle
      } else {
        low = middle + 1
      }
    }
    return runCodes[low]
  }

  /// The ISO2 code of the country at a point, or nil for sea or unassigned land.
  ///
  /// Only the grid is consulted: a state that exists only as a marker is not found here.
  public func country(longitude: Double, latitude: Double) -> String? {
    guard let cell = cell(longitude: longitude, latitude: latitude) else { return nil }
    return country(in: cell)
  }

  /// The code-table index of a code, or nil when the map does not know it.
  public func index(ofCountry iso2: String) -> UInt16? {
    indexByCode[iso2]
  }

  /// The English name the map file gives a code (Natural Earth's or countryinfo's).
  public func name(ofCountry iso2: String) -> String? {
    guard let index = indexByCode[iso2] else { return nil }
    return names[Int(index)]
  }

  /// A point that stands for a country: inside its grid cells (near their middle) for a
  /// country on the grid, the marker for a marked state, Brussels for the EU.
  public func location(ofCountry iso2: String) -> (longitude: Double, latitude: Double)? {
    guard let index = indexByCode[iso2] else { return nil }
    let label = labels[Int(index)]
    return (label.longitude, label.latitude)
  }

  /// The marker of a code, if it has one.
  public func marker(ofCountry iso2: String) -> Marker? {
    markers.first { $0.iso2 == iso2 }
  }

  /// How many grid cells a country covers.
  public func cellCount(ofCountry iso2: String) -> Int {
    guard let index = indexByCode[iso2] else { return 0 }
    return cellCounts()[Int(index)]
  }

  /// The number of grid cells of every code-table index (index 0 counts sea).
  public func cellCounts() -> [Int] {
    var counts = [Int](repeating: 0, count: codeTable.count)
    for row in 0..<rows {
      var start = 0
      for run in Int(rowRunStarts[row])..<Int(rowRunStarts[row + 1]) {
        let end = Int(runEnds[run])
        counts[Int(runCodes[run])] += end - start
        start = end
      }
    }
    return counts
  }

  /// Reads a whole file with the C library.
  private static func readFile(path: String) throws(WorldMapError) -> [UInt8] {
    guard let file = fopen(path, "rb") else {
      throw .unreadable(path: path, reason: String(cString: strerror(errno)))
    }
    defer { fclose(file) }
    let chunkSize = 1 << 16
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    while true {
      let count = chunk.withUnsafeMutableBytes { buffer in
        fread(buffer.baseAddress, 1, chunkSize, file)
      }
      bytes.append(contentsOf: chunk[0..<count])
      if count < chunkSize {
        if ferror(file) != 0 {
          throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        return bytes
      }
    }
  }
}
