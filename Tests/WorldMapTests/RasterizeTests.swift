import Testing
import WorldMap

/// Sampling the grid into dots, placing markers, and the dot projection.
@Suite struct RasterizeTests {
  @Test func oneSamplePerDotAtGridSizeReproducesTheGrid() throws {
    let map = try tinyMap()
    let raster = map.rasterize(width: 8, height: 4, samplesPerAxis: 1, drawsMarkers: false)
    #expect(raster.width == 8)
    #expect(raster.height == 4)
    for row in 0..<4 {
      for column in 0..<8 {
        #expect(
          raster.code(x: column, y: row)
            == map.country(in: GridCell(column: column, row: row)))
      }
    }
    #expect(raster.code(x: 8, y: 0) == nil)
    #expect(raster.index(x: -1, y: 0) == 0)
  }

  @Test func majoritySamplingKeepsTheCommonestCodeAndLandWinsTies() throws {
    let text = """
      btap-world-map 1
      grid 4 2 0 4 0 2
      country AA 0.5 1.5 Aland
      country BB 3.5 1.5 Bland
      row AA3 BB1
      row .2 BB1 .1
      """
    let map = try WorldMap.parse(text, path: "majority.txt")
    // Two dots, each 2 × 2 cells: left {AA, AA, ., .} is a tie, so land wins;
    // right {AA, BB, BB, .} has BB twice.
    let raster = map.rasterize(width: 2, height: 1, samplesPerAxis: 2)
    #expect(raster.code(x: 0, y: 0) == "AA")
    #expect(raster.code(x: 1, y: 0) == "BB")
    #expect(raster.presentCodes == ["AA", "BB"])
  }

  @Test func stateMarkersClaimTheirDotAndMoveAsideWhenTaken() throws {
    let map = try tinyMap()
    let plain = map.rasterize(width: 8, height: 4, samplesPerAxis: 1, drawsMarkers: false)
    #expect(plain.code(x: 4, y: 1) == "BB")
    let marked = map.rasterize(width: 8, height: 4, samplesPerAxis: 1)
    #expect(marked.code(x: 4, y: 1) == "CC")
    #expect(marked.code(x: 5, y: 1) == "DD")
    #expect(!marked.presentCodes.contains("EU"))
  }

  @Test func viewsCanZoomAndCrossTheAntimeridian() throws {
    let map = try tinyMap()
    let zoomed = map.rasterize(
      width: 2, height: 2, view: GridBounds(west: 0, east: 90, south: 0, north: 90),
      samplesPerAxis: 1, drawsMarkers: false)
    #expect(zoomed.code(x: 0, y: 0) == nil)
    #expect(zoomed.code(x: 0, y: 1) == "BB")
    #expect(zoomed.code(x: 1, y: 1) == "BB")
    let wrapped = map.rasterize(
      width: 2, height: 1, view: GridBounds(west: 135, east: 225, south: 45, north: 90),
      samplesPerAxis: 1, drawsMarkers: false)
    #expect(wrapped.code(x: 0, y: 0) == nil)
    #expect(wrapped.code(x: 1, y: 0) == "AA")
    let beyond = map.rasterize(
      width: 1, height: 1, view: GridBounds(west: 0, east: 10, south: 95, north: 100))
    #expect(beyond.code(x: 0, y: 0) == nil)
  }

  @Test(arguments: [
    GridBounds(west: 10, east: 10, south: 0, north: 10),
    GridBounds(west: 0, east: 10, south: 5, north: -5),
    GridBounds(west: -Double.infinity, east: 10, south: 0, north: 10),
  ])
  func degenerateViewsGiveSea(view: GridBounds) throws {
    let map = try tinyMap()
    let raster = map.rasterize(width: 4, height: 2, view: view)
    #expect(raster.indices.count == 8)
    #expect(raster.presentCodes.isEmpty)
  }

  @Test func farAwayLongitudesWrapWithoutTrapping() throws {
    let map = try tinyMap()
    let raster = map.rasterize(
      width: 4, height: 2, view: GridBounds(west: 1e300, east: 2e300, south: 0, north: 10))
    #expect(raster.indices.count == 8)
    #expect(map.cell(longitude: 1e300, latitude: 0) != nil)
  }

  @Test func emptySizesGiveEmptyRasters() throws {
    let map = try tinyMap()
    let raster = map.rasterize(width: 0, height: -3)
    #expect(raster.indices.isEmpty)
    #expect(raster.presentCodes.isEmpty)
  }

  @Test func theProjectionMapsPointsToDotsAndBack() {
    let projection = MapProjection(view: .dashboard, width: 240, height: 96)
    let paris = projection.dot(longitude: 2.35, latitude: 48.86)
    #expect(paris?.x == 121)
    #expect(paris?.y == 23)
    let centre = projection.coordinate(x: 0, y: 0)
    #expect(centre.longitude == -179.25)
    #expect(abs(centre.latitude - (85 - 145.0 / 192)) < 1e-9)
    #expect(projection.dot(longitude: 180, latitude: -60)?.x == 239)
    #expect(projection.dot(longitude: 0, latitude: -61) == nil)
    let pacific = MapProjection(
      view: GridBounds(west: 150, east: 210, south: -30, north: 30), width: 60, height: 60)
    #expect(pacific.dot(longitude: -170, latitude: 0)?.x == 40)
  }

  @Test func theShippedMapRasterisesToRecognisableDots() throws {
    let map = try ShippedResources.worldMap.get()
    let raster = map.rasterize(width: 240, height: 160)
    let projection = raster.projection
    let beijing = try #require(projection.dot(longitude: 116.4, latitude: 39.9))
    #expect(raster.code(x: beijing.x, y: beijing.y) == "CN")
    let atlantic = try #require(projection.dot(longitude: -30, latitude: 30))
    #expect(raster.code(x: atlantic.x, y: atlantic.y) == nil)
    let liechtenstein = try #require(map.marker(ofCountry: "LI"))
    let dot = try #require(
      projection.dot(longitude: liechtenstein.longitude, latitude: liechtenstein.latitude))
    #expect(raster.code(x: dot.x, y: dot.y) == "LI")
  }
}
