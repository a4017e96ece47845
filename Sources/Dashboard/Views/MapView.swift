import TerminalUI
import TreatyModel
import WorldMap

/// The world map in the Parties pane: every country filled by its treaty status on the viewed
/// date, small states as markers, the selected party highlighted.
///
/// Status reads without colour too: parties are filled solid, signatories with every other
/// dot, and states that have done neither with one dot in four.
public struct MapView {
  let state: AppState
  let theme: Theme

  /// The map's cells inside a Parties pane frame (border and legend row excluded).
  public static func mapArea(in frame: Rect) -> Rect {
    let inner = frame.inset(by: 1)
    return Rect(x: inner.x, y: inner.y, width: inner.width, height: max(0, inner.height - 1))
  }

  /// The listed country under a cell of the map, if any.
  public static func country(
    atX x: Int, y: Int, area: Rect, map: WorldMap, state: AppState
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
    let listed = Set(state.partyRows.compactMap { $0.entry?.participant.code })
    return counts.filter { listed.contains($0.key) }.max { $0.value < $1.value }?.key
  }

  func render(into buffer: inout Buffer, area frame: Rect) {
    let area = MapView.mapArea(in: frame)
    guard area.width > 0, area.height > 0 else { return }
    guard let map = state.worldMap else {
      buffer.write("Loading the world map…", x: area.x + 1, y: area.y, style: theme.muted)
      return
    }
    let model = state.model
    let participants = model.ledger.participants
    let threshold = model.rules.thresholdDeposit(of: participants, asOf: state.date)
    var statusByCode: [String: ParticipantStatus] = [:]
    for participant in participants {
      statusByCode[participant.code] = model.rules.status(
        of: participant, on: state.date, thresholdDeposit: threshold)
    }
    let selected = state.selectedParty?.participant.code
    let raster = map.rasterize(width: area.width * 2, height: area.height * 4)
    // One status per code-table entry, looked up once rather than per dot.
    let statuses: [ParticipantStatus?] = raster.codeTable.map { code in
      code.flatMap { statusByCode[$0] }
    }
    let highlight = theme.accent
    var canvas = BrailleCanvas(
      width: area.width, height: area.height, mode: theme.isASCII ? .halfBlocks : .braille,
      stylePriority: [highlight])
    for y in 0..<raster.height {
      for x in 0..<raster.width {
        let index = Int(raster.index(x: x, y: y))
        guard index != 0, index < statuses.count else { continue }
        if let selected, raster.codeTable[index] == selected {
          canvas.setDot(x: x, y: y, style: highlight)
          continue
        }
        let status = statuses[index]
        guard MapView.isLit(x: x, y: y, status: status) else { continue }
        canvas.setDot(x: x, y: y, style: status.map(theme.style(for:)) ?? theme.muted)
      }
    }
    for marker in map.markers where marker.kind == .state {
      guard let status = statusByCode[marker.iso2],
        let dot = raster.projection.dot(longitude: marker.longitude, latitude: marker.latitude)
      else { continue }
      if case .eligible = status { continue }
      let isSelected = marker.iso2 == selected
      canvas.setMarker(
        column: dot.x / 2, row: dot.y / 4, glyph: theme.glyph(for: status),
        style: isSelected ? highlight.reversed() : theme.style(for: status))
    }
    if let selected, map.marker(ofCountry: selected) == nil,
      let location = map.location(ofCountry: selected),
      let dot = raster.projection.dot(longitude: location.longitude, latitude: location.latitude)
    {
      canvas.setMarker(
        column: dot.x / 2, row: dot.y / 4, glyph: theme.isASCII ? "@" : "◆",
        style: highlight.reversed())
    }
    canvas.render(into: &buffer, area: area)
    renderLegend(into: &buffer, y: area.maxY, x: area.x, width: area.width)
  }

  /// Whether a dot is drawn for a status: parties solid, signatories every other dot, others sparse.
  public static func isLit(x: Int, y: Int, status: ParticipantStatus?) -> Bool {
    switch status {
    case .inForce?, .pending?, .withdrawing?: return true
    case .signatory?: return (x + y) % 2 == 0
    case .eligible?, .withdrawn?, nil: return x % 2 == 0 && y % 2 == 0
    }
  }

  private func renderLegend(into buffer: inout Buffer, y: Int, x: Int, width: Int) {
    var spans: [Span] = []
    if let party = state.selectedParty {
      let marker = theme.isASCII ? "@" : "◆"
      spans.append(Span("\(marker) \(party.participant.name)  ", style: theme.accent))
    }
    let pending = ParticipantStatus.pending(inForceOn: nil)
    spans += [
      Span(theme.glyph(for: .inForce) + " party ", style: theme.style(for: .inForce)),
      Span(theme.glyph(for: pending) + " pending ", style: theme.style(for: pending)),
      Span(
        theme.glyph(for: .signatory) + " signatory (dotted) ", style: theme.style(for: .signatory)),
      Span(theme.glyph(for: .eligible) + " neither (sparse)", style: theme.muted),
    ]
    let legend = Line(spans: spans)
    let credit = "Made with Natural Earth"
    buffer.write(legend, x: x, y: y, maxWidth: width)
    if legend.width + DisplayWidth.of(credit) + 2 <= width {
      buffer.write(credit, x: x + width - DisplayWidth.of(credit), y: y, style: theme.muted)
    }
  }
}
