import Testing
import WorldMap

/// Well-known places resolve to the right country on the shipped map.
@Suite struct KnownPlacesTests {
  @Test(arguments: [
    ("Paris", 2.3522, 48.8566, "FR"),
    ("Beijing", 116.4074, 39.9042, "CN"),
    ("Jakarta", 106.8456, -6.2088, "ID"),
    ("Santiago", -70.6693, -33.4489, "CL"),
    ("Nairobi", 36.8219, -1.2921, "KE"),
    ("Oslo", 10.7522, 59.9139, "NO"),
    ("Brasília", -47.8825, -15.7942, "BR"),
    ("Canberra", 149.1300, -35.2809, "AU"),
    ("Ottawa", -75.6972, 45.4215, "CA"),
    ("Moscow", 37.6173, 55.7558, "RU"),
  ])
  func citiesAreInTheirCountries(
    city: String, longitude: Double, latitude: Double, iso2: String
  ) throws {
    let map = try ShippedResources.worldMap.get()
    #expect(map.country(longitude: longitude, latitude: latitude) == iso2, "\(city)")
  }

  @Test(arguments: [
    ("mid-Atlantic", -30.0, 30.0),
    ("South Pacific", -140.0, -40.0),
    ("Indian Ocean", 80.0, -20.0),
    ("south of the grid", 0.0, -75.0),
  ])
  func openSeaHasNoCountry(place: String, longitude: Double, latitude: Double) throws {
    let map = try ShippedResources.worldMap.get()
    #expect(map.country(longitude: longitude, latitude: latitude) == nil, "\(place)")
  }

  @Test func everyGridCountrysLocationIsInsideIt() throws {
    let map = try ShippedResources.worldMap.get()
    for code in map.countryCodes where map.cellCount(ofCountry: code) > 0 {
      let location = try #require(map.location(ofCountry: code))
      #expect(
        map.country(longitude: location.longitude, latitude: location.latitude) == code,
        "\(code) at \(location)")
    }
  }

  @Test func unknownCodesHaveNoLocationOrName() throws {
    let map = try ShippedResources.worldMap.get()
    #expect(map.location(ofCountry: "ZZ") == nil)
    #expect(map.name(ofCountry: "ZZ") == nil)
    #expect(map.index(ofCountry: "ZZ") == nil)
    #expect(map.name(ofCountry: "FR") == "France")
  }
}
