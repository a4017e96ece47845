import TreatyModel
import WorldMap

/// The world map as a standalone SVG picture: one `<path>` per country, classed by its status
/// on the date (or, with targets, by its first target group), with patterns that tell the
/// classes apart without colour, a legend, the data's date and age, and the credit to
/// Natural Earth.
enum MapSVG {
  /// The map's size in SVG units (one grid sample each).
  static let mapWidth = 720
  static let mapHeight = 290
  /// The space above the map (title) and below it (legend and notes).
  static let top = 40
  static let bottom = 78

  /// One class of the legend: its CSS class, fill and words.
  struct Entry {
    let className: String
    let fill: String
    let label: String
  }

  /// The SVG text for the snapshot's date; `targets` colours non-parties by target group.
  static func write(
    map: WorldMap, snapshot: TreatySnapshot, targets: CampaignTargets?, age: DataAge
  ) -> String {
    let raster = map.rasterize(width: mapWidth, height: mapHeight, samplesPerAxis: 2)
    var runs: [String: String] = [:]
    for y in 0..<raster.height {
      var x = 0
      while x < raster.width {
        guard let code = raster.code(x: x, y: y) else {
          x += 1
          continue
        }
        var end = x + 1
        while end < raster.width, raster.code(x: end, y: y) == code { end += 1 }
        runs[code, default: ""] += "M\(x) \(y + top)h\(end - x)v1h-\(end - x)z"
        x = end
      }
    }
    let entries = legend(targets: targets, showsInProcess: snapshot.counts.inProcess > 0)
    var svg = header(width: mapWidth, height: top + mapHeight + bottom)
    svg += "<style>\n"
    svg += ".country{stroke:#ffffff;stroke-width:0.15}\n"
    for entry in entries { svg += ".\(entry.className){fill:\(entry.fill)}\n" }
    svg += "</style>\n"
    svg += patterns()
    svg +=
      "<rect class=\"sea\" x=\"0\" y=\"\(top)\" width=\"\(mapWidth)\" height=\"\(mapHeight)\" fill=\"#f4f7fb\"/>\n"
    let title =
      targets == nil
      ? "The Beijing Treaty on \(snapshot.date): \(snapshot.progress.parties) parties"
      : "Who to win next, \(snapshot.date): states that are not parties, by target group"
    svg += text(title, x: 10, y: 26, size: 16, weight: "bold")
    for code in runs.keys.sorted() {
      guard let path = runs[code], let standing = snapshot.standing(code: code) else { continue }
      let className: String
      let described: String
      if let target = targets?.target(code: code) {
        className = "target-" + target.primaryGroup.key
        described = target.groups.map(\.title).joined(separator: "; ")
      } else if targets != nil {
        className = "status-party"
        described = standing.status.phrase
      } else {
        className = "status-" + standing.status.keyword
        described = standing.status.phrase
      }
      svg +=
        "<path class=\"country \(className)\" data-iso2=\"\(SVGText.escaped(code))\" d=\"\(path)\">"
      svg +=
        "<title>\(SVGText.escaped(standing.name)): \(SVGText.escaped(described))</title></path>\n"
    }
    svg += legendRows(entries, y: top + mapHeight + 22)
    let notes = "Data as of \(age.knownAsOf) (\(age.span) old on \(age.today))  ·  btap"
    svg += text(notes, x: 10, y: top + mapHeight + bottom - 12, size: 11, fill: "#555555")
    svg += text(
      "Made with Natural Earth", x: mapWidth - 10, y: top + mapHeight + bottom - 12, size: 11,
      fill: "#555555", anchor: "end")
    return svg + "</svg>\n"
  }

  /// The legend's classes: statuses, or parties and the target groups; "in process" is
  /// listed once a state is in process on the date.
  static func legend(targets: CampaignTargets?, showsInProcess: Bool = false) -> [Entry] {
    if targets != nil {
      return [Entry(className: "status-party", fill: "#2e7d32", label: "party")]
        + TargetGroup.allCases.map { group in
          Entry(
            className: "target-" + group.key, fill: fill(for: group),
            label: "\(group.title) (\(patternName(for: group)))")
        }
    }
    let inProcess = Entry(
      className: "status-" + StatusKind.inProcess.keyword, fill: "url(#stripes-in-process)",
      label: "\(StatusKind.inProcess.legend) (striped)")
    return [
      Entry(className: "status-party", fill: "#2e7d32", label: "party, in force (solid)"),
      Entry(
        className: "status-pending", fill: "url(#hatch-pending)", label: "bound later (hatched)"),
    ] + (showsInProcess ? [inProcess] : []) + [
      Entry(
        className: "status-signatory", fill: "url(#dots-signatory)", label: "signed only (dotted)"),
      Entry(
        className: "status-withdrawing", fill: "url(#hatch-withdrawing)", label: "leaving (hatched)"
      ),
      Entry(className: "status-withdrawn", fill: "#c62828", label: "left"),
      Entry(className: "status-eligible", fill: "#d5d8dc", label: "not signed (pale)"),
    ]
  }

  /// The fill of a target group: a colour or a pattern.
  static func fill(for group: TargetGroup) -> String {
    switch group {
    case .signatories: return "url(#dots-signatory)"
    case .wpptNotBTAP: return "#e6a100"
    case .romeNotBTAP: return "url(#stripes-rome)"
    case .otherMembers: return "#d5d8dc"
    }
  }

  /// The pattern of a target group in words, for the legend.
  static func patternName(for group: TargetGroup) -> String {
    switch group {
    case .signatories: return "dotted"
    case .wpptNotBTAP: return "solid"
    case .romeNotBTAP: return "striped"
    case .otherMembers: return "pale"
    }
  }

  /// The patterns the fills use.
  static func patterns() -> String {
    """
    <defs>
    <pattern id="dots-signatory" width="3" height="3" patternUnits="userSpaceOnUse">\
    <rect width="3" height="3" fill="#b2ebf2"/><circle cx="1.5" cy="1.5" r="0.9" fill="#00838f"/></pattern>
    <pattern id="hatch-pending" width="3" height="3" patternUnits="userSpaceOnUse" \
    patternTransform="rotate(45)"><rect width="3" height="3" fill="#fff3c4"/>\
    <rect width="1.5" height="3" fill="#e6a100"/></pattern>
    <pattern id="hatch-withdrawing" width="3" height="3" patternUnits="userSpaceOnUse" \
    patternTransform="rotate(-45)"><rect width="3" height="3" fill="#f3d1f5"/>\
    <rect width="1.5" height="3" fill="#8e24aa"/></pattern>
    <pattern id="stripes-rome" width="3" height="3" patternUnits="userSpaceOnUse">\
    <rect width="3" height="3" fill="#f3d1f5"/><rect width="3" height="1.5" fill="#8e24aa"/></pattern>
    <pattern id="stripes-in-process" width="3" height="3" patternUnits="userSpaceOnUse">\
    <rect width="3" height="3" fill="#d6e4ff"/><rect width="3" height="1.5" fill="#1e5bc6"/></pattern>
    </defs>

    """
  }

  /// The legend's swatches and labels, in rows that fit the width.
  static func legendRows(_ entries: [Entry], y: Int) -> String {
    var svg = ""
    var x = 10
    var row = y
    for entry in entries {
      let width = 22 + entry.label.count * 6
      if x + width > mapWidth - 10 {
        x = 10
        row += 18
      }
      svg +=
        "<rect class=\"legend \(entry.className)\" x=\"\(x)\" y=\"\(row - 10)\" width=\"14\" height=\"12\" stroke=\"#555555\" stroke-width=\"0.5\"/>"
      svg += text(entry.label, x: x + 18, y: row, size: 11)
      x += width + 12
    }
    return svg
  }

  /// The opening of a standalone SVG document of a size.
  static func header(width: Int, height: Int) -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width * 2)\" height=\"\(height * 2)\" "
      + "viewBox=\"0 0 \(width) \(height)\" font-family=\"DejaVu Sans, Verdana, sans-serif\">\n"
      + "<rect width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>\n"
  }

  /// A `<text>` element, its content escaped.
  static func text(
    _ content: String, x: Int, y: Int, size: Int, weight: String = "normal",
    fill: String = "#222222", anchor: String = "start"
  ) -> String {
    "<text x=\"\(x)\" y=\"\(y)\" font-size=\"\(size)\" font-weight=\"\(weight)\" "
      + "fill=\"\(fill)\" text-anchor=\"\(anchor)\">\(SVGText.escaped(content))</text>\n"
  }
}
