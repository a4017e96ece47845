import TreatyModel

/// The road so far as a standalone SVG picture: parties (solid line) and parties bound
/// (dashed) from the adoption to the date, the threshold and entry into force marked, one
/// `<circle>` per deposit classed by the depositor's status, a legend, the data's date and age.
enum ChartSVG {
  /// The picture's size and the plot's margins, in SVG units.
  static let width = 720
  static let height = 400
  static let left = 50
  static let right = 20
  static let top = 50
  static let bottom = 90

  /// The SVG text.
  static func write(
    growth: TreatyGrowth, snapshot: TreatySnapshot, axisEnd: CalendarDate, age: DataAge
  ) -> String {
    let plotWidth = Double(width - left - right)
    let plotHeight = Double(height - top - bottom)
    let first = growth.start.dayNumber
    let span = Double(max(1, max(axisEnd, growth.end).dayNumber - first))
    let most = growth.steps.map(\.parties).max() ?? 0
    let maximum = (max(growth.threshold, most) / 10 + 1) * 10
    func x(_ date: CalendarDate) -> Double {
      Double(left) + Double(date.dayNumber - first) * plotWidth / span
    }
    func y(_ count: Int) -> Double {
      Double(top) + plotHeight - Double(count) * plotHeight / Double(maximum)
    }
    func point(_ date: CalendarDate, _ count: Int) -> String {
      SVGText.number(x(date)) + " " + SVGText.number(y(count))
    }
    var svg = MapSVG.header(width: width, height: height)
    svg += """
      <style>
      .axis{stroke:#555555;stroke-width:1}
      .grid{stroke:#e0e0e0;stroke-width:0.5}
      .parties{fill:none;stroke:#2e7d32;stroke-width:2.5}
      .bound{fill:none;stroke:#e6a100;stroke-width:2;stroke-dasharray:6 3}
      .threshold{stroke:#777777;stroke-width:1;stroke-dasharray:2 3}
      .entry-into-force{stroke:#c62828;stroke-width:1.5}
      .deposit{stroke:#ffffff;stroke-width:0.8}
      .status-party{fill:#2e7d32}
      .status-pending{fill:#e6a100}
      .status-withdrawing{fill:#8e24aa}
      .status-withdrawn{fill:#c62828}
      </style>

      """
    let progress = snapshot.progress
    svg += MapSVG.text(
      "The Beijing Treaty, parties over time: \(progress.parties) parties, "
        + "\(progress.partiesInForce) bound on \(snapshot.date)", x: 10, y: 26, size: 16,
      weight: "bold")
    for count in stride(from: 0, through: maximum, by: 10) {
      let row = SVGText.number(y(count))
      svg +=
        "<line class=\"grid\" x1=\"\(left)\" y1=\"\(row)\" x2=\"\(width - right)\" y2=\"\(row)\"/>"
      svg += MapSVG.text(String(count), x: left - 6, y: Int(y(count)) + 4, size: 11, anchor: "end")
    }
    for year in (growth.start.year + 1)...max(axisEnd, growth.end).year {
      guard let january = CalendarDate(year: year, month: 1, day: 1) else { continue }
      svg += MapSVG.text(
        String(year), x: Int(x(january)), y: top + Int(plotHeight) + 16, size: 11,
        anchor: "middle")
    }
    let base = SVGText.number(y(0))
    svg +=
      "<line class=\"axis\" x1=\"\(left)\" y1=\"\(base)\" x2=\"\(width - right)\" y2=\"\(base)\"/>\n"
    let thresholdRow = SVGText.number(y(growth.threshold))
    svg +=
      "<line class=\"threshold\" x1=\"\(left)\" y1=\"\(thresholdRow)\" x2=\"\(width - right)\" y2=\"\(thresholdRow)\"/>\n"
    if let entry = growth.entryIntoForce {
      let column = SVGText.number(x(entry))
      svg +=
        "<line class=\"entry-into-force\" x1=\"\(column)\" y1=\"\(top)\" x2=\"\(column)\" y2=\"\(base)\"/>\n"
      svg += MapSVG.text(
        "in force \(entry)", x: Int(x(entry)) + 4, y: top + 10, size: 11, fill: "#c62828")
    }
    for (className, count) in [
      ("parties", { (step: TreatyGrowth.Step) in step.parties }),
      ("bound", { (step: TreatyGrowth.Step) in step.bound }),
    ] {
      var path = "M" + point(growth.start, 0)
      var current = 0
      for step in growth.steps {
        path += "H" + SVGText.number(x(step.date))
        current = count(step)
        path += "V" + SVGText.number(y(current))
      }
      path += "H" + SVGText.number(x(growth.end))
      svg += "<path class=\"\(className)\" d=\"\(path)\"/>\n"
    }
    for standing in snapshot.deposits {
      guard let deposit = standing.depositDate else { continue }
      let count = growth.counts(on: deposit).parties
      svg += "<circle class=\"deposit status-\(standing.status.keyword)\" "
      svg += "data-iso2=\"\(SVGText.escaped(standing.code))\" cx=\"\(SVGText.number(x(deposit)))\" "
      svg += "cy=\"\(SVGText.number(y(count)))\" r=\"2.5\">"
      svg +=
        "<title>\(SVGText.escaped(standing.name)): \(standing.instrument?.rawValue ?? "instrument") "
      svg += "\(deposit)</title></circle>\n"
    }
    let legendRow = height - bottom + 36
    let items: [(String, String)] = [
      ("parties", "parties (solid line; a dot per deposit)"), ("bound", "parties bound (dashed)"),
      ("threshold", "threshold of \(growth.threshold) (dotted)"),
      ("entry-into-force", "entry into force"),
    ]
    var column = 10
    var baseline = legendRow
    for (className, label) in items {
      let itemWidth = 40 + label.count * 7
      if column + itemWidth > width - right {
        column = 10
        baseline += 18
      }
      let row = String(baseline - 4)
      svg +=
        "<line class=\"\(className)\" x1=\"\(column)\" y1=\"\(row)\" x2=\"\(column + 24)\" y2=\"\(row)\"/>"
      svg += MapSVG.text(label, x: column + 30, y: baseline, size: 11)
      column += itemWidth
    }
    svg += MapSVG.text(
      "Data as of \(age.knownAsOf) (\(age.span) old on \(age.today))  ·  btap", x: 10,
      y: height - 12, size: 11, fill: "#555555")
    return svg + "</svg>\n"
  }
}
