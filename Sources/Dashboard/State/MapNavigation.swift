import TerminalUI
import TreatyModel
import WorldMap

/// Finds the nearest listed country in a direction on the map: the arrow keys of the map view.
enum MapNavigation {
  /// The code of the best country in `direction` from `code`, among `candidates`, or nil.
  ///
  /// A candidate must lie in that direction (by at least half a degree); the score is the
  /// distance along the direction plus three times the sideways distance, so the arrow
  /// favours what is straight ahead.
  static func nearest(
    from code: String, direction: MapDirection, candidates: [String], map: WorldMap
  ) -> String? {
    guard let origin = map.location(ofCountry: code) else { return candidates.first }
    var best: (code: String, score: Double)?
    for candidate in candidates where candidate != code {
      guard let point = map.location(ofCountry: candidate) else { continue }
      var east = point.longitude - origin.longitude
      if east > 180 { east -= 360 }
      if east < -180 { east += 360 }
      let north = point.latitude - origin.latitude
      let ahead: Double
      let sideways: Double
      switch direction {
      case .right: (ahead, sideways) = (east, north)
      case .left: (ahead, sideways) = (-east, north)
      case .up: (ahead, sideways) = (north, east)
      case .down: (ahead, sideways) = (-north, east)
      }
      guard ahead > 0.5 else { continue }
      let score = ahead + 3 * abs(sideways)
      if best == nil || score < (best?.score ?? .infinity) { best = (candidate, score) }
    }
    return best?.code
  }
}

extension MapNavigation {
  /// The country among `candidates` that covers most of the map cell at `x`, `y`, when the
  /// map is drawn in `area` (two dots across and four down per cell).
  static func country(
    atX x: Int, y: Int, area: Rect, map: WorldMap, candidates: Set<String>
  ) -> String? {
    guard area.contains(x: x, y: y) else { return nil }
    let raster = map.rasterize(width: area.width * 2, height: area.height * 4)
    let column = x - area.x
    let row = y - area.y
    var counts: [String: Int] = [:]
    for dotY in (row * 4)..<(row * 4 + 4) {
      for dotX in (column * 2)..<(column * 2 + 2) {
        if let code = raster.code(x: dotX, y: dotY) { counts[code, default: 0] += 1 }
      }
    }
    return counts.filter { candidates.contains($0.key) }.max { $0.value < $1.value }?.key
  }
}
