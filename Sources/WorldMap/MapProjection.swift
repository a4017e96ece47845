/// The equirectangular projection of a longitude/latitude view onto a grid of dots.
///
/// Dot `(0, 0)` is the north-western corner; `x` grows eastwards and `y` southwards. Each dot
/// covers `view.longitudeSpan / width` degrees of longitude and `view.latitudeSpan / height`
/// degrees of latitude.
public struct MapProjection: Equatable, Hashable, Sendable {
  /// The part of the world shown.
  public var view: GridBounds
  /// The number of dots across.
  public var width: Int
  /// The number of dots down.
  public var height: Int

  /// Creates a projection; negative sizes are treated as zero.
  public init(view: GridBounds, width: Int, height: Int) {
    self.view = view
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// The dot holding the point, or nil when it lies outside the view.
  ///
  /// Longitudes are tried as given and shifted by ±360°, so views that cross the
  /// antimeridian work.
  public func dot(longitude: Double, latitude: Double) -> (x: Int, y: Int)? {
    guard width > 0, height > 0, latitude.isFinite, longitude.isFinite else { return nil }
    let yPosition = (view.north - latitude) * Double(height) / view.latitudeSpan
    guard yPosition >= 0, yPosition <= Double(height) else { return nil }
    let y = min(height - 1, Int(yPosition.rounded(.down)))
    for shift in 0..<3 {
      let shifted = longitude + (shift == 0 ? 0 : shift == 1 ? 360 : -360)
      let xPosition = (shifted - view.west) * Double(width) / view.longitudeSpan
      if xPosition >= 0, xPosition <= Double(width) {
        return (min(width - 1, Int(xPosition.rounded(.down))), y)
      }
    }
    return nil
  }

  /// The longitude and latitude at the centre of a dot.
  public func coordinate(x: Int, y: Int) -> (longitude: Double, latitude: Double) {
    let longitude = view.west + (Double(x) + 0.5) * view.longitudeSpan / Double(max(1, width))
    let latitude = view.north - (Double(y) + 0.5) * view.latitudeSpan / Double(max(1, height))
    return (longitude, latitude)
  }
}
