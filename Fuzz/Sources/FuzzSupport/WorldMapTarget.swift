@testable import WorldMap

/// Reads an input as the world map: it gives a map whose rows cover the grid exactly, which
/// written out again reads back equal and which draws without trapping, or throws a
/// `file:line: problem` error naming a line of the file.
public enum WorldMapTarget {
  /// The file name errors must name.
  static let path = "world-map.txt"

  /// Runs one input.
  public static func run(_ bytes: [UInt8]) {
    let map: WorldMap
    do {
      map = try WorldMap.parse(bytes: bytes, path: path)
    } catch {
      ErrorShape.check(error, path: path, bytes: bytes)
      return
    }
    checkGrid(map)
    if !map.names.contains(where: { $0.hasSuffix("\r") }) {
      do {
        let again = try WorldMap.parse(bytes: encoded(map), path: path)
        FuzzCheck.require(again == map, "the map written out reads back differently")
      } catch {
        FuzzCheck.fail("the map written out does not read back: \(error)")
      }
    }
    for view in [nil, GridBounds.dashboard] {
      let raster = map.rasterize(width: 48, height: 20, view: view)
      FuzzCheck.require(raster.indices.count == 48 * 20, "a raster of \(raster.indices.count)")
      FuzzCheck.require(
        raster.indices.allSatisfy { Int($0) < map.codeTable.count }, "a dot of no country")
    }
    for code in map.countryCodes {
      FuzzCheck.require(map.location(ofCountry: code) != nil, "\(code) has no place")
    }
    _ = map.country(longitude: 0, latitude: 0)
  }

  /// The runs of every row end at increasing columns, the last at the grid's width, and
  /// name countries the map lists.
  private static func checkGrid(_ map: WorldMap) {
    FuzzCheck.require(map.rowRunStarts.count == map.rows + 1, "row starts miscounted")
    for row in 0..<map.rows {
      let runs = Int(map.rowRunStarts[row])..<Int(map.rowRunStarts[row + 1])
      FuzzCheck.require(!runs.isEmpty, "row \(row) has no runs")
      var end: Int32 = 0
      for run in runs {
        FuzzCheck.require(map.runEnds[run] > end, "row \(row): runs do not advance")
        FuzzCheck.require(Int(map.runCodes[run]) < map.codeTable.count, "an unknown code")
        end = map.runEnds[run]
      }
      FuzzCheck.require(Int(end) == map.columns, "row \(row) ends at \(end)")
    }
    FuzzCheck.require(
      map.cellCounts().reduce(0, +) == map.rows * map.columns, "cells miscounted")
  }

  /// The map in the file format, as `Scripts/make-world-map.py` would write it.
  static func encoded(_ map: WorldMap) -> [UInt8] {
    let bounds = map.bounds
    var text = "btap-world-map 1\n"
    text += "grid \(map.columns) \(map.rows) \(bounds.west) \(bounds.east) "
    text += "\(bounds.south) \(bounds.north)\n"
    for index in 1..<map.codeTable.count {
      let label = map.labels[index]
      text += "country \(map.codeTable[index] ?? "")"
      text += " \(label.longitude) \(label.latitude) \(map.names[index])\n"
    }
    for marker in map.markers {
      let keyword = marker.kind == .state ? "marker" : "organization"
      text += "\(keyword) \(marker.iso2) \(marker.longitude) \(marker.latitude)\n"
    }
    for row in 0..<map.rows {
      text += "row"
      var start: Int32 = 0
      for run in Int(map.rowRunStarts[row])..<Int(map.rowRunStarts[row + 1]) {
        let code = map.codeTable[Int(map.runCodes[run])] ?? "."
        text += " \(code)\(map.runEnds[run] - start)"
        start = map.runEnds[run]
      }
      text += "\n"
    }
    return Array(text.utf8)
  }
}
