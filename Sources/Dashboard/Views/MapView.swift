import TerminalUI
import TreatyModel
import WorldMap

/// The world map in the Parties pane: every country filled by its treaty status on the viewed
/// date, small states as markers, the selected party highlighted.
///
/// Status reads without colour too: parties are filled solid, signatories with every other
/// dot, states in process in stripes, and states that have done neither with one dot in four.
struct MapView {
  let state: AppState
  let theme: Theme

  /// Draws the map in `area` and its legend on the `legend` row.
  func render(into buffer: inout Buffer, area: Rect, legend: Rect) {
    guard area.width > 0, area.height > 0 else { return }
    guard let map = state.worldMap else {
      buffer.write("Loading the world map…", x: area.x + 1, y: area.y, style: theme.muted)
      return
    }
    var statusByCode: [String: ParticipantStatus] = [:]
    for standing in state.snapshot.standings { statusByCode[standing.code] = standing.status }
    let selected = state.parties.selectedCode
    let raster = map.rasterize(width: area.width * 2, height: area.height * 4)
    // One status per code-table entry, looked up once rather than per dot.
    let statuses: [ParticipantStatus?] = raster.codeTable.map { code in
      code.flatMap { statusByCode[$0] }
    }
    // In the targets view, a state that is not a party is coloured by its first target group.
    let targets = state.parties.showsTargets ? state.campaignTargets : nil
    let groups: [TargetGroup?] = raster.codeTable.map { code in
      code.flatMap { targets?.target(code: $0)?.primaryGroup }
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
        if let group = groups[index] {
          guard MapView.isLit(x: x, y: y, group: group) else { continue }
          canvas.setDot(x: x, y: y, style: theme.style(for: group.color))
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
      let isSelected = marker.iso2 == selected
      if let group = targets?.target(code: marker.iso2)?.primaryGroup {
        canvas.setMarker(
          column: dot.x / 2, row: dot.y / 4, glyph: theme.glyph(for: group),
          style: isSelected ? highlight.reversed() : theme.style(for: group.color))
        continue
      }
      if case .eligible = status { continue }
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
    renderLegend(into: &buffer, y: legend.y, x: legend.x, width: legend.width)
  }

  /// Whether a dot is drawn for a status: parties solid, signatories every other dot, states
  /// in process in stripes, others sparse.
  public static func isLit(x: Int, y: Int, status: ParticipantStatus?) -> Bool {
    switch status {
    case .inForce?, .pending?, .withdrawing?: return true
    case .signatory?: return (x + y) % 2 == 0
    case .inProcess?: return y % 2 == 0
    case .eligible?, .withdrawn?, nil: return x % 2 == 0 && y % 2 == 0
    }
  }

  /// Whether a dot is drawn for a target group: signatories every other dot, WPPT parties
  /// solid, Rome parties in stripes, the others sparse.
  public static func isLit(x: Int, y: Int, group: TargetGroup) -> Bool {
    switch group {
    case .signatories: return (x + y) % 2 == 0
    case .wpptNotBTAP: return true
    case .romeNotBTAP: return y % 2 == 0
    case .otherMembers: return x % 2 == 0 && y % 2 == 0
    }
  }

  private func renderLegend(into buffer: inout Buffer, y: Int, x: Int, width: Int) {
    var spans: [Span] = []
    if let party = state.parties.selected {
      let marker = theme.isASCII ? "@" : "◆"
      spans.append(Span("\(marker) \(party.participant.name)  ", style: theme.accent))
    }
    if state.parties.showsTargets {
      let patterns: [TargetGroup: String] = [
        .signatories: "dotted", .wpptNotBTAP: "solid", .romeNotBTAP: "striped",
        .otherMembers: "sparse",
      ]
      spans.append(
        Span(
          theme.glyph(for: StatusKind.inForce) + " party ",
          style: theme.style(for: StatusKind.inForce)))
      for group in TargetGroup.allCases {
        spans.append(
          Span(
            theme.glyph(for: group) + " \(group.shortTitle) (\(patterns[group] ?? "")) ",
            style: theme.style(for: group.color)))
      }
    }
    // "In process" joins the legend once a state is in process on the viewed date.
    let inProcess: [(StatusKind, String)] =
      state.snapshot.counts.inProcess > 0 ? [(.inProcess, " (striped)")] : []
    let shown: [(StatusKind, String)] =
      state.parties.showsTargets
      ? []
      : [(.inForce, ""), (.pending, "")] + inProcess + [
        (.signatory, " (dotted)"), (.eligible, " (sparse)"),
      ]
    for (kind, pattern) in shown {
      spans.append(
        Span(theme.glyph(for: kind) + " \(kind.legend)\(pattern) ", style: theme.style(for: kind)))
    }
    let legend = Line(spans: spans)
    let credit = "Made with Natural Earth"
    buffer.write(legend, x: x, y: y, maxWidth: width)
    if legend.width + DisplayWidth.of(credit) + 2 <= width {
      buffer.write(credit, x: x + width - DisplayWidth.of(credit), y: y, style: theme.muted)
    }
  }
}
