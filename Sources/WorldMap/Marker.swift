extension WorldMap {
  /// A point standing for a party too small to cover a dot of the map, or for the EU.
  public struct Marker: Equatable, Hashable, Sendable {
    /// What the marker stands for.
    public enum Kind: Equatable, Hashable, Sendable {
      /// A state too small for the grid at the dashboard's resolution; drawn as a dot.
      case state
      /// A party that is not a state (the European Union, at Brussels); not drawn as land.
      case organization
    }

    /// The ISO 3166-1 alpha-2 code (or `EU`).
    public var iso2: String
    /// The longitude of the point, in degrees east.
    public var longitude: Double
    /// The latitude of the point, in degrees north.
    public var latitude: Double
    /// Whether this is a state or an organisation.
    public var kind: Kind

    /// Creates a marker.
    public init(iso2: String, longitude: Double, latitude: Double, kind: Kind) {
      self.iso2 = iso2
      self.longitude = longitude
      self.latitude = latitude
      self.kind = kind
    }
  }
}
