/// A longitude/latitude rectangle in degrees: the extent of the map's grid or of a view.
///
/// `west < east` and `south < north`; a view may reach past ±180° of longitude, where a
/// global grid wraps around.
public struct GridBounds: Equatable, Hashable, Sendable {
  /// The western edge, in degrees of longitude.
  public var west: Double
  /// The eastern edge, in degrees of longitude.
  public var east: Double
  /// The southern edge, in degrees of latitude.
  public var south: Double
  /// The northern edge, in degrees of latitude.
  public var north: Double

  /// Creates bounds from their four edges.
  public init(west: Double, east: Double, south: Double, north: Double) {
    self.west = west
    self.east = east
    self.south = south
    self.north = north
  }

  /// The world as the dashboard draws it: all longitudes, 60°S to 85°N.
  public static let dashboard = GridBounds(west: -180, east: 180, south: -60, north: 85)

  /// The extent from west to east, in degrees.
  public var longitudeSpan: Double { east - west }

  /// The extent from south to north, in degrees.
  public var latitudeSpan: Double { north - south }

  /// Whether the point lies inside, edges included.
  public func contains(longitude: Double, latitude: Double) -> Bool {
    longitude >= west && longitude <= east && latitude >= south && latitude <= north
  }
}
