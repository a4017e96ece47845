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
