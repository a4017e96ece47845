import TerminalUI
import TestSupport
import Testing
import TreatyModel
import WorldMap

@testable import Dashboard

@Suite("The world map in the Parties pane")
struct MapViewTests {
  typealias F = DashboardFixtures
  let view = DashboardView()

  private func stateWithMap(width: Int = 120, height: Int = 40) throws -> AppState {
    var state = try F.state(width: width, height: height)
    let effects = F.send(&state, .toggleMap)
    #expect(effects == [.loadMap])
    let map = try WorldMap.load(from: F.resources + "/world-map.txt")
    F.send(&state, .mapLoaded(map))
    return state
  }

  @Test("M shows the map in the Parties pane and loads it only once")
  func toggle() throws {
    var state = try stateWithMap()
    #expect(state.parties.mode == .map)
    #expect(state.worldMap != nil)
    F.send(&state, .toggleMap)
    #expect(state.parties.mode != .map)
    #expect(F.send(&state, .toggleMap).isEmpty)
  }

  @Test("arrows jump to the nearest listed country in that direction; Enter selects it in the list")
  func arrows() throws {
    var state = try stateWithMap()
    F.select(&state, code: "FR")
    F.press(&state, .right)
    let east = try #require(state.parties.selectedCode)
    #expect(east != "FR")
    let map = try #require(state.worldMap)
    let france = try #require(map.location(ofCountry: "FR"))
    let reached = try #require(map.location(ofCountry: east))
    #expect(reached.longitude > france.longitude)
    F.select(&state, code: "KE")
    F.press(&state, .up)
    let north = try #require(map.location(ofCountry: state.parties.selectedCode ?? ""))
    #expect(north.latitude > 0)
    F.press(&state, .enter)
    #expect(state.parties.mode != .map)
    #expect(
      state.status
        == .info("Selected \(state.parties.selected?.participant.name ?? "") in the list"))
  }

  @Test("a click on a country selects it")
  func click() throws {
    var state = try stateWithMap()
    F.send(&state, .toggleZoom)
    let area = try #require(DashboardLayout(state).parties?.map)
    let map = try #require(state.worldMap)
    // Beijing, projected onto the pane's cells.
    let raster = map.rasterize(width: area.width * 2, height: area.height * 4)
    let dot = try #require(raster.projection.dot(longitude: 116.4, latitude: 39.9))
    F.send(&state, .clicked(x: area.x + dot.x / 2, y: area.y + dot.y / 4))
    #expect(state.parties.selectedCode == "CN")
  }

  @Test("status density tells statuses apart without colour")
  func density() {
    let lit = { (status: ParticipantStatus?) -> Int in
      (0..<4).flatMap { y in (0..<2).map { x in MapView.isLit(x: x, y: y, status: status) } }
        .filter { $0 }.count
    }
    #expect(lit(ParticipantStatus.inForce) == 8)
    #expect(lit(ParticipantStatus.signatory) == 4)
    #expect(lit(ParticipantStatus.eligible) == 2)
    #expect(lit(ParticipantStatus?.none) == 2)
  }

  @Test("snapshots: zoomed at 120×40, in the grid at 120×40, at 80×24, and on 2016-01-01")
  func snapshots() throws {
    var state = try stateWithMap()
    F.select(&state, code: "ID")
    assertSnapshot(lines: view.render(state).lines, named: "map-grid-120x40")
    F.send(&state, .toggleZoom)
    assertSnapshot(lines: view.render(state).lines, named: "map-120x40")
    var small = try stateWithMap(width: 80, height: 24)
    F.select(&small, code: "ID")
    assertSnapshot(lines: view.render(small).lines, named: "map-80x24")
    state.viewedDate = F.date("2016-01-01")
    state.reconcile()
    let past = view.render(state).lines
    #expect(past[1].contains("10 of 30 parties"))
    assertSnapshot(lines: past, named: "map-2016-01-01")
    let ascii = DashboardView(theme: Theme(isASCII: true)).render(state).lines
    assertSnapshot(lines: ascii, named: "map-blocks-2016-01-01")
  }
}
