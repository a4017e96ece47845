/// Reads the text format written by `Scripts/make-world-map.py` into a ``WorldMap``.
///
/// Records, one per line; `#` lines and blank lines are ignored:
///
///     btap-world-map 1
///     grid COLUMNS ROWS WEST EAST SOUTH NORTH
///     country ISO2 LONGITUDE LATITUDE NAME
///     marker ISO2 LONGITUDE LATITUDE
///     organization ISO2 LONGITUDE LATITUDE
///     row RUN...
///
/// The version line comes first and the grid line before any row. A code must have its
/// `country` line before a marker or a row uses it. There are exactly ROWS `row` lines,
/// north to south; a run is `.` (sea) or an ISO2 code followed by a cell count, and a row's
/// counts add up to COLUMNS.
struct WorldMapParser {
  /// The file name used in errors.
  let path: String
  /// The whole file.
  let bytes: [UInt8]

  private var lineNumber = 0
  private var sawVersion = false
  private var bounds = GridBounds(west: 0, east: 0, south: 0, north: 0)
  private var columns = 0
  private var rows = 0
  private var sawGrid = false
  private var rowsRead = 0
  private var rowRunStarts: [Int32] = [0]
  private var runEnds: [Int32] = []
  private var runCodes: [UInt16] = []
  private var codeTable: [String?] = [nil]
  private var names: [String] = [""]
  private var labels: [WorldMap.Coordinate] = [WorldMap.Coordinate(longitude: 0, latitude: 0)]
  private var indexByCode: [String: UInt16] = [:]
  /// Index by two capital letters, `(first - "A") * 26 + (second - "A")`; 0 is unknown.
  private var indexByLetters = [UInt16](repeating: 0, count: 26 * 26)
  private var markers: [WorldMap.Marker] = []

  /// The largest grid accepted; runs store columns as 32-bit numbers.
  private static let maximumCells = Int(Int32.max)

  private static let space = UInt8(ascii: " ")
  private static let newline = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")
  private static let hash = UInt8(ascii: "#")
  private static let dot = UInt8(ascii: ".")

  /// Creates a parser over a file's bytes.
  init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  /// Parses the whole file.
  mutating func parse() throws(WorldMapError) -> WorldMap {
    var position = 0
    while position < bytes.count {
      var end = position
      while end < bytes.count, bytes[end] != Self.newline {
        end += 1
      }
      lineNumber += 1
      var contentEnd = end
      if contentEnd > position, bytes[contentEnd - 1] == Self.carriageReturn {
        contentEnd -= 1
      }
      try parseLine(start: position, end: contentEnd)
      position = end + 1
    }
    guard sawVersion else { throw failure("the file has no 'btap-world-map 1' line") }
    guard sawGrid else { throw failure("the file has no grid line") }
    guard rowsRead == rows else {
      throw failure("the file ends after \(rowsRead) of \(rows) rows")
    }
    return WorldMap(
      bounds: bounds, columns: columns, rows: rows, rowRunStarts: rowRunStarts,
      runEnds: runEnds, runCodes: runCodes, codeTable: codeTable,
      names: names, labels: labels, indexByCode: indexByCode, markers: markers)
  }

  /// An error about the current line.
  private func failure(_ problem: String) -> WorldMapError {
    .malformed(path: path, line: max(lineNumber, 1), problem: problem)
  }

  /// Dispatches one line, without its line break.
  private mutating func parseLine(start: Int, end: Int) throws(WorldMapError) {
    guard start < end, bytes[start] != Self.hash else { return }
    var keywordEnd = start
    while keywordEnd < end, bytes[keywordEnd] != Self.space {
      keywordEnd += 1
    }
    let keyword = bytes[start..<keywordEnd]
    if keyword.elementsEqual("row".utf8) {
      try parseRow(start: keywordEnd, end: end)
      return
    }
    let text = String(decoding: bytes[start..<end], as: UTF8.self)
    let fields = text.split(separator: " ", omittingEmptySubsequences: true)
    // A line of spaces is blank.
    guard !fields.isEmpty else { return }
    if !sawVersion {
      guard fields.count == 2, fields[0] == "btap-world-map" else {
        throw failure("expected 'btap-world-map 1' before any other record")
      }
      guard fields[1] == "1" else {
        throw failure("unsupported format version '\(fields[1])', expected 1")
      }
      sawVersion = true
      return
    }
    switch fields[0] {
    case "grid": try parseGrid(fields)
    case "country": try parseCountry(fields)
    case "marker": try parseMarker(fields, kind: .state)
    case "organization": try parseMarker(fields, kind: .organization)
    case "btap-world-map": throw failure("a second version line")
    default: throw failure("unknown record '\(fields[0])'")
    }
  }

  /// `grid COLUMNS ROWS WEST EAST SOUTH NORTH`.
  private mutating func parseGrid(_ fields: [Substring]) throws(WorldMapError) {
    guard !sawGrid else { throw failure("a second grid line") }
    guard fields.count == 7 else {
      throw failure("expected 'grid COLUMNS ROWS WEST EAST SOUTH NORTH'")
    }
    guard let columns = Int(fields[1]), let rows = Int(fields[2]), columns > 0, rows > 0,
      columns <= Self.maximumCells / rows
    else {
      throw failure("grid size '\(fields[1]) \(fields[2])' is not two positive whole numbers")
    }
    let west = try degrees(fields[3], range: -360...360)
    let east = try degrees(fields[4], range: -360...360)
    let south = try degrees(fields[5], range: -90...90)
    let north = try degrees(fields[6], range: -90...90)
    guard west < east, east - west <= 360, south < north else {
      throw failure("grid edges must have WEST < EAST (at most 360° apart) and SOUTH < NORTH")
    }
    self.columns = columns
    self.rows = rows
    bounds = GridBounds(west: west, east: east, south: south, north: north)
    sawGrid = true
  }

  /// `country ISO2 LONGITUDE LATITUDE NAME`.
  private mutating func parseCountry(_ fields: [Substring]) throws(WorldMapError) {
    guard fields.count >= 5 else {
      throw failure("expected 'country ISO2 LONGITUDE LATITUDE NAME'")
    }
    let code = try isoCode(fields[1])
    guard indexByCode[code] == nil else { throw failure("country \(code) is listed twice") }
    guard codeTable.count < Int(UInt16.max) else { throw failure("too many countries") }
    let longitude = try degrees(fields[2], range: -360...360)
    let latitude = try degrees(fields[3], range: -90...90)
    let index = UInt16(codeTable.count)
    codeTable.append(code)
    names.append(fields[4...].joined(separator: " "))
    labels.append(WorldMap.Coordinate(longitude: longitude, latitude: latitude))
    indexByCode[code] = index
    let letters = Array(code.utf8)
    indexByLetters[Int(letters[0] - 65) * 26 + Int(letters[1] - 65)] = index
  }

  /// `marker ISO2 LONGITUDE LATITUDE` or `organization ISO2 LONGITUDE LATITUDE`.
  private mutating func parseMarker(
    _ fields: [Substring], kind: WorldMap.Marker.Kind
  ) throws(WorldMapError) {
    guard fields.count == 4 else {
      throw failure("expected '\(fields[0]) ISO2 LONGITUDE LATITUDE'")
    }
    let code = try isoCode(fields[1])
    guard indexByCode[code] != nil else {
      throw failure("\(fields[0]) \(code) comes before a country line for \(code)")
    }
    guard !markers.contains(where: { $0.iso2 == code }) else {
      throw failure("\(code) has a second marker")
    }
    let longitude = try degrees(fields[2], range: -360...360)
    let latitude = try degrees(fields[3], range: -90...90)
    markers.append(
      WorldMap.Marker(iso2: code, longitude: longitude, latitude: latitude, kind: kind))
  }

  /// `row RUN...`, read straight from the bytes: this is most of the file.
  private mutating func parseRow(start: Int, end: Int) throws(WorldMapError) {
    guard sawVersion else { throw failure("expected 'btap-world-map 1' before any other record") }
    guard sawGrid else { throw failure("a row before the grid line") }
    guard rowsRead < rows else { throw failure("more rows than the \(rows) the grid declares") }
    var column = 0
    var position = start
    while position < end {
      if bytes[position] == Self.space {
        position += 1
        continue
      }
      let tokenStart = position
      let index: UInt16
      if bytes[position] == Self.dot {
        index = 0
        position += 1
      } else {
        guard position + 1 < end, Self.isCapital(bytes[position]),
          Self.isCapital(bytes[position + 1])
        else {
          throw failure(
            "run \(runText(from: tokenStart, end: end)) does not start with '.' or a code")
        }
        index = indexByLetters[Int(bytes[position] - 65) * 26 + Int(bytes[position + 1] - 65)]
        guard index != 0 else {
          throw failure(
            "run \(runText(from: tokenStart, end: end)) uses a code with no country line")
        }
        position += 2
      }
      let runStart = position
      var count = 0
      while position < end, bytes[position] >= 48, bytes[position] <= 57 {
        count = count * 10 + Int(bytes[position] - 48)
        position += 1
        guard count <= columns else {
          throw failure("row \(rowsRead + 1) has more than \(columns) cells")
        }
      }
      guard position > runStart, count > 0, position == end || bytes[position] == Self.space
      else {
        throw failure("run \(runText(from: tokenStart, end: end)) needs a positive cell count")
      }
      guard column + count <= columns else {
        throw failure("row \(rowsRead + 1) has more than \(columns) cells")
      }
      column += count
      if let last = runCodes.last, runCodes.count > Int(rowRunStarts[rowsRead]), last == index {
        runEnds[runEnds.count - 1] = Int32(column)
      } else {
        runEnds.append(Int32(column))
        runCodes.append(index)
      }
    }
    guard column == columns else {
      throw failure("row \(rowsRead + 1) has \(column) cells, expected \(columns)")
    }
    rowsRead += 1
    rowRunStarts.append(Int32(runEnds.count))
  }

  /// The run token starting at a position, quoted, for error messages.
  private func runText(from start: Int, end: Int) -> String {
    var stop = start
    while stop < end, bytes[stop] != Self.space {
      stop += 1
    }
    return "'" + String(decoding: bytes[start..<stop], as: UTF8.self) + "'"
  }

  /// Whether a byte is an ASCII capital letter.
  private static func isCapital(_ byte: UInt8) -> Bool {
    byte >= 65 && byte <= 90
  }

  /// Checks a two-capital-letter code.
  private func isoCode(_ field: Substring) throws(WorldMapError) -> String {
    let letters = Array(field.utf8)
    guard letters.count == 2, Self.isCapital(letters[0]), Self.isCapital(letters[1]) else {
      throw failure("'\(field)' is not a two-letter ISO 3166 code")
    }
    return String(field)
  }

  /// Reads a number of degrees within a range.
  private func degrees(
    _ field: Substring, range: ClosedRange<Double>
  ) throws(WorldMapError) -> Double {
    guard let value = Double(field), range.contains(value) else {
      throw failure(
        "'\(field)' is not a number of degrees from \(range.lowerBound) to \(range.upperBound)")
    }
    return value
  }
}
