import TerminalUI
import TreatyModel

/// The road so far as a braille chart: parties (solid) and parties bound (dotted) from the
/// treaty's adoption to a date, the threshold of 30 as a dashed line and entry into force as
/// a vertical line, with the counts on the left, the years below and a legend under them.
///
/// Drawn by the Overview's chart and by `btap chart`, from the model's ``TreatyGrowth``.
public struct GrowthChart: Sendable {
  /// The counts to draw.
  public let growth: TreatyGrowth
  /// The last day of the time axis (today), so time travel moves the line, not the axis.
  public let axisEnd: CalendarDate
  /// The styles and glyphs.
  public let theme: Theme

  /// The columns the count labels take on the left.
  static let labelWidth = 4
  /// The rows under the plot: years and the legend.
  static let footerHeight = 2

  /// A chart of `growth` over an axis that ends on `axisEnd`.
  public init(growth: TreatyGrowth, axisEnd: CalendarDate, theme: Theme) {
    self.growth = growth
    self.axisEnd = max(axisEnd, growth.end)
    self.theme = theme
  }

  /// The top of the count axis: the threshold or the most parties, rounded up to ten.
  var countMaximum: Int {
    let most = growth.steps.map(\.parties).max() ?? 0
    return (max(growth.threshold, most) / 10 + 1) * 10
  }

  /// The styles of the two lines, the threshold and entry into force.
  var partiesStyle: Style { theme.style(for: StatusKind.inForce) }
  var boundStyle: Style { theme.style(for: StatusKind.pending) }
  var thresholdStyle: Style { theme.muted }
  var entryStyle: Style { theme.accent }

  /// Draws the chart in `area`.
  public func render(into buffer: inout Buffer, area: Rect) {
    let plotColumns = area.width - GrowthChart.labelWidth
    let plotRows = area.height - GrowthChart.footerHeight
    guard plotColumns >= 8, plotRows >= 3 else { return }
    var canvas = BrailleCanvas(
      width: plotColumns, height: plotRows, mode: theme.isASCII ? .halfBlocks : .braille,
      stylePriority: [entryStyle, partiesStyle, boundStyle, thresholdStyle])
    let width = canvas.dotWidth
    let height = canvas.dotHeight
    let first = growth.start.dayNumber
    let span = max(1, axisEnd.dayNumber - first)
    let maximum = countMaximum
    func dotX(_ date: CalendarDate) -> Int { (date.dayNumber - first) * (width - 1) / span }
    func dotY(_ count: Int) -> Int { height - 1 - count * (height - 1) / maximum }
    let thresholdY = dotY(growth.threshold)
    for x in 0..<width where x % 4 < 2 { canvas.setDot(x: x, y: thresholdY, style: thresholdStyle) }
    if let entry = growth.entryIntoForce {
      for y in 0..<height where y % 2 == 0 {
        canvas.setDot(x: dotX(entry), y: y, style: entryStyle)
      }
    }
    let lastX = dotX(growth.end)
    var previous: (parties: Int, bound: Int)?
    for x in 0...lastX {
      let date = CalendarDate(dayNumber: first + x * span / (width - 1))
      let counts = growth.counts(on: min(date, growth.end))
      let partiesY = dotY(counts.parties)
      let boundY = dotY(counts.bound)
      if x % 2 == 0 { canvas.setDot(x: x, y: boundY, style: boundStyle) }
      canvas.drawLine(
        fromX: x, y: previous.map { dotY($0.parties) } ?? partiesY, toX: x, y: partiesY,
        style: partiesStyle)
      previous = counts
    }
    let plot = Rect(
      x: area.x + GrowthChart.labelWidth, y: area.y, width: plotColumns, height: plotRows)
    canvas.render(into: &buffer, area: plot)
    // Count labels: the top, the threshold and zero, each on the row of its dots.
    for count in [maximum, growth.threshold, 0] {
      let row = area.y + dotY(count) / 4
      buffer.write(
        String(count).leftPadded(to: GrowthChart.labelWidth - 1), x: area.x, y: row,
        style: count == growth.threshold ? thresholdStyle : theme.muted)
    }
    renderYears(into: &buffer, plot: plot, dotX: dotX)
    renderLegend(into: &buffer, x: area.x, y: plot.maxY + 1, width: area.width)
  }

  /// The years under the plot, each at the column of its first day, as many as fit.
  private func renderYears(
    into buffer: inout Buffer, plot: Rect, dotX: (CalendarDate) -> Int
  ) {
    var nextFree = plot.x
    for year in (growth.start.year + 1)...axisEnd.year {
      guard let january = CalendarDate(year: year, month: 1, day: 1) else { continue }
      let column = plot.x + dotX(january) / 2
      let label = String(year)
      guard column >= nextFree, column + label.count <= plot.maxX else { continue }
      buffer.write(label, x: column, y: plot.maxY, style: theme.muted)
      nextFree = column + label.count + 2
    }
  }

  /// The legend: what each line is.
  private func renderLegend(into buffer: inout Buffer, x: Int, y: Int, width: Int) {
    var spans = [
      Span(theme.isASCII ? "# " : "⣿ ", style: partiesStyle), Span("parties  "),
      Span(theme.isASCII ? ": " : "⡀ ", style: boundStyle), Span("bound  "),
      Span(theme.isASCII ? "- " : "⠉⠉ ", style: thresholdStyle),
      Span("\(growth.threshold) needed  "),
    ]
    if let entry = growth.entryIntoForce {
      spans.append(Span(theme.isASCII ? "| " : "⡇ ", style: entryStyle))
      spans.append(Span("in force \(entry)"))
    } else {
      spans.append(Span("not yet in force", style: theme.muted))
    }
    buffer.write(Line(spans: spans), x: x, y: y, maxWidth: width)
  }
}

extension String {
  /// The string with spaces before it to `width` columns (never cut).
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
