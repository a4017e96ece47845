import Testing
import WorldMap

/// Every signatory and party in `Resources/parties.tsv` can be found and drawn on the map.
@Suite struct PartiesCoverageTests {
  @Test func partiesFileListsNinetyNineCodes() throws {
    let codes = try ShippedResources.partyCodes()
    #expect(codes.count == 99)
    #expect(Set(codes).count == 99)
  }

  @Test func everyPartyHasAGridCellOrAMarker() throws {
    let map = try ShippedResources.worldMap.get()
    for code in try ShippedResources.partyCodes() {
      let findable = map.cellCount(ofCountry: code) > 0 || map.marker(ofCountry: code) != nil
      #expect(findable, "\(code) is neither on the grid nor marked")
      #expect(map.location(ofCountry: code) != nil, "\(code) has no location")
    }
  }

  @Test(arguments: [(240, 96), (240, 160), (320, 128)])
  func everyStatePartyShowsOnADashboardSizedRaster(width: Int, height: Int) throws {
    let map = try ShippedResources.worldMap.get()
    let present = Set(map.rasterize(width: width, height: height).presentCodes)
    for code in try ShippedResources.partyCodes() where code != "EU" {
      #expect(present.contains(code), "\(code) has no dot at \(width) × \(height)")
    }
  }

  @Test func theEuropeanUnionIsAnOrganizationMarkerAtBrussels() throws {
    let map = try ShippedResources.worldMap.get()
    let marker = try #require(map.marker(ofCountry: "EU"))
    #expect(marker.kind == .organization)
    #expect(abs(marker.longitude - 4.35) < 0.1)
    #expect(abs(marker.latitude - 50.85) < 0.1)
    #expect(map.cellCount(ofCountry: "EU") == 0)
    let raster = map.rasterize(width: 240, height: 96)
    #expect(!raster.presentCodes.contains("EU"))
  }

  @Test(arguments: ["LI", "CK", "KI", "MH", "KN", "WS", "VU", "KM", "ST", "VC", "GD", "SC", "MU"])
  func smallPartiesHaveStateMarkers(code: String) throws {
    let map = try ShippedResources.worldMap.get()
    let marker = try #require(map.marker(ofCountry: code))
    #expect(marker.kind == .state)
    let location = try #require(map.location(ofCountry: code))
    if map.cellCount(ofCountry: code) == 0 {
      #expect(location.longitude == marker.longitude)
      #expect(location.latitude == marker.latitude)
    } else {
      #expect(map.country(longitude: location.longitude, latitude: location.latitude) == code)
    }
  }

  @Test func theFileCarriesItsAttributionAndStaysSmall() throws {
    let bytes = try readBytes(ShippedResources.worldMapPath)
    #expect(bytes.count < 300 * 1024)
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.contains("Made with Natural Earth."))
    #expect(text.contains("public domain"))
  }
}
