import TerminalUI
import TreatyModel

/// The three header rows: title and data date; the gauge toward (and past) the 30 parties
/// Article 26 needed; when the threshold was reached, by whom, and entry into force.
struct ProgressHeader {
  let state: AppState
  let theme: Theme

  func render(into buffer: inout Buffer, area: Rect) {
    guard area.height >= 3, area.width > 0 else { return }
    let model = state.model
    let facts = model.facts
    let progress = state.snapshot.progress
    let marks = model.ledger.factsFromMarks

    // Row 1: title on the left, data date and marks on the right.
    let right: Line
    if let viewed = state.viewedDate {
      right = Line(spans: [
        Span(theme.isASCII ? "<< " : "⏪ ", style: theme.accent),
        Span("viewing as of \(viewed)", style: theme.accent),
        Span("  ·  today \(state.today)", style: theme.muted),
      ])
    } else {
      let age = state.dataAge
      // Data over 90 days old is flagged; below 100 columns the flag replaces the date.
      var spans: [Span] = []
      if !age.isStale || area.width >= 100 {
        spans.append(Span("data as of \(facts.dataAsOf)", style: theme.muted))
      }
      if age.isStale {
        if !spans.isEmpty { spans.append(Span("  ·  ", style: theme.muted)) }
        spans.append(Span(" \(age) ", style: theme.warning))
      }
      right = Line(
        spans: spans + [
          Span("  ·  ", style: theme.muted),
          Span(
            marks == 0
              ? "no marks of yours" : "\(marks) fact\(marks == 1 ? "" : "s") from your marks",
            style: marks == 0 ? theme.muted : theme.marked),
        ] + newsSpans() + proposalSpans())
    }
    let roomForName = area.width - right.width - 8 >= DisplayWidth.of(facts.name)
    let title = Line(spans: [
      Span(" btap ", style: Style.plain.bold().reversed()),
      Span(" \(roomForName ? facts.name : facts.shortName)", style: theme.heading),
    ])
    buffer.write(title, x: area.x, y: area.y, maxWidth: max(0, area.width - right.width - 1))
    buffer.write(right, x: area.x + max(0, area.width - right.width - 1), y: area.y)

    // Row 2: the gauge, scaled to the threshold or to the parties beyond it.
    let scale = max(progress.threshold, progress.parties)
    let label =
      progress.parties >= progress.threshold
      ? "\(progress.parties) parties · \(progress.threshold) needed · +\(progress.beyondThreshold) beyond"
      : "\(progress.parties) of \(progress.threshold) parties · \(progress.stillNeeded) more needed"
    var labelSpans = [Span(label, style: theme.heading)]
    let inProcess = state.snapshot.counts.inProcess
    if inProcess > 0 {
      labelSpans.append(Span(" · ", style: theme.heading))
      labelSpans.append(
        Span(
          "\(theme.glyph(for: StatusKind.inProcess)) \(inProcess) in process",
          style: theme.style(for: StatusKind.inProcess).bold()))
    }
    let text = Line(spans: labelSpans)
    let gaugeWidth = max(10, area.width - text.width - 4)
    var gauge = Gauge(
      ratio: scale == 0 ? 0 : Double(progress.parties) / Double(scale), label: "",
      filledStyle: theme.gaugeFilled, unfilledStyle: theme.gaugeEmpty,
      unfilledSymbol: theme.isASCII ? "-" : "░",
      tickRatio: progress.parties > progress.threshold
        ? Double(progress.threshold) / Double(scale) : nil,
      tickSymbol: theme.isASCII ? "|" : "┃", tickStyle: theme.accent)
    if theme.isASCII { gauge.filledSymbol = "#" }
    gauge.render(
      into: &buffer, area: Rect(x: area.x + 1, y: area.y + 1, width: gaugeWidth, height: 1))
    buffer.write(
      text, x: area.x + gaugeWidth + 3, y: area.y + 1, maxWidth: max(0, area.width - gaugeWidth - 3)
    )

    // Row 3: the legal dates.
    var spans: [Span] = []
    if let deposit = progress.thresholdDeposit, let entry = progress.entryIntoForce {
      let name = state.snapshot.thresholdParty?.name ?? deposit.code
      let compact = area.width < 110
      let ordinal = Wording.ordinal(deposit.order)
      spans.append(Span(compact ? "\(ordinal) deposit " : "Threshold reached ", style: theme.label))
      spans.append(Span("\(deposit.date)", style: theme.accent))
      spans.append(Span(compact ? " \(name)  ·  " : " by \(name) (\(ordinal) deposit)  ·  "))
      let inForceLabel = compact ? "in force " : "in force since "
      spans.append(
        Span(progress.isInForce ? inForceLabel : "enters into force ", style: theme.label))
      spans.append(Span("\(entry)", style: theme.accent))
      if progress.partiesInForce != progress.parties {
        spans.append(Span("  ·  \(progress.partiesInForce) bound so far"))
      }
    } else {
      spans.append(Span("Not yet in force: ", style: theme.label))
      spans.append(
        Span(
          "Art. 26 needs \(progress.threshold) instruments of ratification or accession; "
            + "\(progress.stillNeeded) more to go"))
    }
    buffer.write(Line(spans: spans), x: area.x + 1, y: area.y + 2, maxWidth: area.width - 2)
  }

  /// `  ·  3 new in News` when news arrived since the last visit, else nothing.
  private func newsSpans() -> [Span] {
    let count = state.newNews.count
    guard count > 0 else { return [] }
    return [
      Span("  ·  ", style: theme.muted),
      Span("\(count) new in News", style: theme.marked),
    ]
  }

  /// `  ·  2 proposals (p)` when proposals wait, else nothing.
  private func proposalSpans() -> [Span] {
    let waiting = state.model.waitingProposals
    guard waiting > 0 else { return [] }
    return [
      Span("  ·  ", style: theme.muted),
      Span(Wording.count(waiting, "proposal", "proposals") + " (p)", style: theme.accent),
    ]
  }
}
