import Testing
import WorldMap

/// A tiny map: 8 × 4 cells of 45°, covering the whole globe.
let tinyMapText = """
  # A test map.
  btap-world-map 1
  grid 8 4 -180 180 -90 90
  country AA -157.5 67.5 Aland
  country BB 22.5 22.5 Bland
  country CC 10 10 Cland
  country DD 11 11 Dland
  country EU 4.35 50.85 European Union
  marker CC 10 10
  marker DD 11 11
  organization EU 4.35 50.85
  row AA1 .7
  row .4 BB2 .2
  row .8
  row .7 AA1

  """

/// The tiny map, parsed.
func tinyMap() throws -> WorldMap {
  try WorldMap.parse(tinyMapText, path: "tiny.txt")
}

/// Longitude/latitude to grid-cell arithmetic.
@Suite struct GridMathTests {
  @Test func gridDimensionsComeFromTheGridLine() throws {
    let map = try tinyMap()
    #expect(map.columns == 8)
    #expect(map.rows == 4)
    #expect(map.bounds == GridBounds(west: -180, east: 180, south: -90, north: 90))
    #expect(map.cellWidth == 45)
    #expect(map.cellHeight == 45)
    #expect(map.isGlobal)
  }

  @Test(arguments: [
    (-180.0, 90.0, 0, 0),
    (-135.0, 45.0, 1, 1),
    (-135.01, 45.01, 0, 0),
    (0.0, 0.0, 4, 2),
    (-0.01, 0.01, 3, 1),
    (179.99, -89.99, 7, 3),
    (180.0, 0.0, 0, 2),
    (-181.0, 0.0, 7, 2),
    (540.0, 0.0, 0, 2),
    (22.5, -90.0, 4, 3),
  ])
  func pointsFallInTheRightCell(
    longitude: Double, latitude: Double, column: Int, row: Int
  ) throws {
    let map = try tinyMap()
    #expect(
      map.cell(longitude: longitude, latitude: latitude) == GridCell(column: column, row: row))
  }

  @Test(arguments: [(0.0, 90.01), (0.0, -90.01), (Double.nan, 0.0), (0.0, Double.infinity)])
  func pointsOffTheGridHaveNoCell(longitude: Double, latitude: Double) throws {
    let map = try tinyMap()
    #expect(map.cell(longitude: longitude, latitude: latitude) == nil)
    #expect(map.country(longitude: longitude, latitude: latitude) == nil)
  }

  @Test func cellCentresAreHalfACellIn() throws {
    let map = try tinyMap()
    let centre = map.center(of: GridCell(column: 0, row: 0))
    #expect(centre.longitude == -157.5)
    #expect(centre.latitude == 67.5)
    let last = map.center(of: GridCell(column: 7, row: 3))
    #expect(last.longitude == 157.5)
    #expect(last.latitude == -67.5)
  }

  @Test func cellsCarryTheirRunsCodes() throws {
    let map = try tinyMap()
    #expect(map.country(in: GridCell(column: 0, row: 0)) == "AA")
    #expect(map.country(in: GridCell(column: 1, row: 0)) == nil)
    #expect(map.country(in: GridCell(column: 4, row: 1)) == "BB")
    #expect(map.country(in: GridCell(column: 5, row: 1)) == "BB")
    #expect(map.country(in: GridCell(column: 6, row: 1)) == nil)
    #expect(map.country(in: GridCell(column: 7, row: 3)) == "AA")
    #expect(map.country(in: GridCell(column: 8, row: 0)) == nil)
    #expect(map.country(longitude: 30, latitude: 30) == "BB")
    #expect(map.cellCount(ofCountry: "AA") == 2)
    #expect(map.cellCount(ofCountry: "CC") == 0)
  }

  @Test func theShippedGridIsAQuarterDegreeFrom60SouthTo85North() throws {
    let map = try ShippedResources.worldMap.get()
    #expect(map.bounds == GridBounds.dashboard)
    #expect(map.cellWidth == 0.25)
    #expect(map.cellHeight == 0.25)
    #expect(map.cell(longitude: 2.35, latitude: 48.86) == GridCell(column: 729, row: 144))
    #expect(map.cell(longitude: -180, latitude: 85) == GridCell(column: 0, row: 0))
    #expect(map.cell(longitude: 179.9, latitude: -60) == GridCell(column: 1439, row: 579))
    #expect(map.cell(longitude: 0, latitude: -61) == nil)
  }
}
