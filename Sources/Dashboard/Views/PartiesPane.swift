import TerminalUI
import TreatyModel

/// The map-list: every signatory and party (and on request every eligible state) with its
/// status glyph, dates and in-force date, and the selected one's detail.
struct PartiesPane {
  let state: AppState
  let theme: Theme
  let wraps: WrapMemo

  func render(into buffer: inout Buffer, geometry: PartiesGeometry, isFocused: Bool) {
    let parties = state.parties
    var title = "4 Parties · "
    if parties.showsTargets {
      title += parties.mode == .map ? "map of targets" : "targets"
      if let region = parties.targetRegion { title += " · \(region.rawValue)" }
    } else {
      title += parties.mode == .map ? "map" : parties.sort.label
    }
    if !parties.filter.isEmpty || parties.mode == .filtering {
      title += " · /\(parties.filter.text)"
    }
    let counts: String
    if parties.showsTargets {
      counts =
        parties.mode == .map
        ? Wording.count(state.campaignTargets?.targets.count ?? 0, "state", "states")
          + " not parties"
        : Wording.count(parties.counts.listed, "state", "states") + " in the group"
    } else {
      counts =
        "\(Wording.count(parties.counts.parties, "party", "parties")) · \(parties.counts.listed) listed"
    }
    let block = Block(
      title: Line(title),
      rightTitle: Line(counts, style: theme.muted),
      borderType: theme.border, titleStyle: theme.heading, isFocused: isFocused)
    block.render(into: &buffer, area: geometry.frame)
    if let map = geometry.map, let legend = geometry.legend {
      MapView(state: state, theme: theme).render(into: &buffer, area: map, legend: legend)
      return
    }
    if let strip = geometry.groupStrip {
      renderGroupStrip(into: &buffer, area: strip)
    }
    if let filterRow = geometry.filterRow {
      var field = parties.filter
      field.placeholder = "name, code, region or status"
      buffer.write(Line("/", style: theme.accent), x: filterRow.x, y: filterRow.y)
      field.render(
        into: &buffer,
        area: Rect(x: filterRow.x + 1, y: filterRow.y, width: filterRow.width - 1, height: 1))
    }
    if let detailArea = geometry.detail {
      if let entry = parties.selected {
        wraps.render(detail(entry, full: true), into: &buffer, area: detailArea)
      }
      return
    }
    guard let header = geometry.columnHeader, let body = geometry.listBody else { return }
    let width = body.width
    let wide = width >= PartiesPane.wideWidth
    // Build only the rows on screen, so a key costs the same with 99 or 10 000 parties.
    let (rows, window) = parties.list.window(viewHeight: body.height)
    let items = parties.rows[rows].map { row in
      parties.showsTargets
        ? targetRow(for: row, width: width - 2, wide: wide)
        : self.row(for: row, width: width - 2, wide: wide)
    }
    SelectableList(
      items: items, state: window,
      header: parties.showsTargets
        ? targetHeader(width: width - 2, wide: wide) : self.header(width: width - 2, wide: wide),
      selectionMarker: theme.selectionMarker, emptyText: emptyText()
    ).render(
      into: &buffer,
      area: Rect(x: header.x, y: header.y, width: width, height: body.maxY - header.y))
    guard let detailArea = geometry.shortDetail, let entry = parties.selected else { return }
    let rule = String(repeating: theme.isASCII ? "-" : "─", count: detailArea.width)
    buffer.write(rule, x: detailArea.x, y: detailArea.y, style: theme.muted)
    wraps.render(
      detail(entry, full: false), into: &buffer,
      area: detailArea.inset(top: 1, left: 1, bottom: 0, right: 1))
  }

  /// What an empty list says: nothing at all, no match, or that `e` lists the state sought.
  private func emptyText() -> String {
    let parties = state.parties
    if parties.showsTargets, parties.filter.isEmpty {
      guard state.campaignTargets != nil else { return "Loading the sister treaties…" }
      return "No state in this group on \(state.date)"
    }
    if parties.filter.isEmpty { return "No signatory or party on \(state.date)" }
    if parties.filterMatchesOnlyUnlisted {
      return "'\(parties.filter.text)' has not signed or joined: e lists every state"
    }
    return "No match for '\(parties.filter.text)'"
  }

  /// From this list width up, rows also show region, signature date and status in words.
  static let wideWidth = 110

  /// The name column's width: what the other columns leave (in wide rows, 20 columns are
  /// kept for the status in words, such as "pending, in 197 days").
  private func nameWidth(_ width: Int, wide: Bool) -> Int {
    max(8, width - (wide ? 91 : 34))
  }

  private func header(width: Int, wide: Bool) -> Line {
    let name = "  " + "Name".padded(to: nameWidth(width, wide: wide)) + " "
    if wide {
      return Line(
        name + "ISO " + "Region".padded(to: 26) + "Signed      Deposited     In force    Status")
    }
    return Line(name + "ISO Deposited     In force")
  }

  private func row(for row: PartyRow, width: Int, wide: Bool) -> Line {
    switch row {
    case .heading(let region, let count):
      return Line("\(region.rawValue) (\(count))", style: theme.heading.underlined())
    case .party(let entry):
      let participant = entry.participant
      let markGlyph = entry.isMarked ? theme.markedGlyph : " "
      let nameWidth = nameWidth(width, wide: wide)
      var spans = [
        Span(theme.glyph(for: entry.status) + " ", style: theme.style(for: entry.status)),
        Span(participant.name.truncated(toWidth: nameWidth - 1).padded(to: nameWidth - 1)),
        Span(markGlyph + " ", style: entry.isNew ? theme.accent : theme.marked),
        Span(participant.code.padded(to: 4), style: theme.muted),
      ]
      if wide {
        spans.append(Span(participant.region.rawValue.padded(to: 26), style: theme.muted))
        spans.append(Span((entry.standing.signatureDate?.description ?? "").padded(to: 12)))
      }
      let standing = entry.standing
      let deposited =
        standing.depositDate.map { "\($0) \(Describe.instrumentLetter(standing.instrument))" } ?? ""
      spans.append(Span(deposited.padded(to: 14)))
      spans.append(Span(inForceText(entry).padded(to: 12), style: theme.style(for: entry.status)))
      if wide {
        var status = entry.status.keyword
        if case .pending(let date?) = entry.status {
          status += ", " + Describe.countdown(from: state.date, to: date)
        }
        if entry.isNew { status += " (new)" }
        spans.append(Span(status, style: theme.muted))
      }
      return Line(spans: spans)
    }
  }

  /// The target groups with their counts on one row, the shown group highlighted; the
  /// groups' short names when the full ones do not fit.
  private func renderGroupStrip(into buffer: inout Buffer, area: Rect) {
    guard let selection = state.targetSelection else {
      buffer.write("Loading the sister treaties…", x: area.x + 1, y: area.y, style: theme.muted)
      return
    }
    func strip(short: Bool) -> Line {
      var spans: [Span] = []
      for (group, count) in selection.counts {
        let name = short ? group.shortTitle : group.title
        let isShown = group == selection.group
        let style =
          isShown ? theme.style(for: group.color).bold().reversed() : theme.style(for: group.color)
        let text = "\(theme.glyph(for: group)) \(name) \(count)"
        spans.append(Span(isShown ? "[\(text)]" : " \(text) ", style: style))
        spans.append(Span(" "))
      }
      return Line(spans: spans)
    }
    let full = strip(short: false)
    buffer.write(
      full.width <= area.width ? full : strip(short: true), x: area.x, y: area.y,
      maxWidth: area.width)
  }

  private func targetHeader(width: Int, wide: Bool) -> Line {
    let name = "  " + "Name".padded(to: nameWidth(width, wide: wide)) + " "
    if wide {
      return Line(name + "ISO " + "Region".padded(to: 26) + "Signed      Party to")
    }
    return Line(name + "ISO Party to")
  }

  /// A row of the targets view: the state's status glyph, name, code and the sister treaties
  /// it has joined (with its region and signature date when wide).
  private func targetRow(for row: PartyRow, width: Int, wide: Bool) -> Line {
    guard case .party(let entry) = row, let target = entry.target else {
      return self.row(for: row, width: width, wide: wide)
    }
    let participant = entry.participant
    let nameWidth = nameWidth(width, wide: wide)
    var spans = [
      Span(theme.glyph(for: entry.status) + " ", style: theme.style(for: entry.status)),
      Span(participant.name.truncated(toWidth: nameWidth - 1).padded(to: nameWidth - 1)),
      Span((entry.isMarked ? theme.markedGlyph : " ") + " ", style: theme.marked),
      Span(participant.code.padded(to: 4), style: theme.muted),
    ]
    if wide {
      spans.append(Span(participant.region.rawValue.padded(to: 26), style: theme.muted))
      spans.append(Span((entry.standing.signatureDate?.description ?? "").padded(to: 12)))
    }
    spans.append(Span(target.relatedSummary, style: theme.label))
    return Line(spans: spans)
  }

  private func inForceText(_ entry: PartyEntry) -> String {
    guard entry.standing.depositDate != nil, entry.status.isParty || entry.status == .withdrawn
    else { return "" }
    return entry.standing.inForceDate?.description ?? "awaiting"
  }

  /// The detail lines for a party; `full` adds sources, every declaration and the mark history.
  func detail(_ entry: PartyEntry, full: Bool) -> [Line] {
    let participant = entry.participant
    let standing = entry.standing
    let model = state.model
    var lines: [Line] = []
    lines.append(
      Line(spans: [
        Span(theme.glyph(for: entry.status) + " ", style: theme.style(for: entry.status)),
        Span("\(participant.name) (\(participant.code))", style: theme.heading),
        Span("  ·  \(participant.region.rawValue)  ·  ", style: theme.muted),
        Span(entry.status.phrase, style: theme.style(for: entry.status)),
      ]))
    var facts: [Span] = []
    if let signed = standing.signatureDate {
      facts.append(Span("signed ", style: theme.label))
      facts.append(Span("\(signed)"))
    } else {
      facts.append(Span("did not sign", style: theme.muted))
    }
    if let deposit = standing.depositDate {
      facts.append(
        Span("  ·  \(standing.instrument?.rawValue ?? "instrument") ", style: theme.label))
      facts.append(Span("\(deposit)"))
      if let order = standing.depositOrder {
        facts.append(Span(" (\(Wording.ordinal(order)))", style: theme.muted))
      }
      if let bound = standing.inForceDate {
        facts.append(Span("  ·  bound from ", style: theme.label))
        facts.append(Span("\(bound)"))
        if bound > state.date {
          facts.append(
            Span(", \(Describe.countdown(from: state.date, to: bound))", style: theme.accent))
        }
      }
    }
    lines.append(Line(spans: facts))
    if let target = entry.target {
      lines.append(
        Line(spans: [
          Span("Target: ", style: theme.label),
          Span(target.groups.map(\.title).joined(separator: "; ")),
          Span("  ·  party to ", style: theme.label), Span(target.relatedSummary),
        ]))
    }
    let timeline = PartyTimeline(standing: standing)
    if timeline.hasSteps {
      if full {
        lines.append(contentsOf: timelineLines(timeline))
      } else if let furthest = PipelineStep.furthest(of: standing.steps) {
        lines.append(
          Line(spans: [
            Span(theme.glyph(for: StatusKind.inProcess) + " ", style: inProcessStyle),
            Span("\(furthest.stage.title) ", style: theme.label),
            Span("since \(furthest.date)"),
            Span(
              "  ·  \(Wording.count(standing.steps.count, "step", "steps")) (Enter: timeline)",
              style: theme.muted),
          ]))
      }
    }
    let declarations = model.ledger.declarations.filter { $0.partyCode == participant.code }
    if standing.depositDate == nil {
      if !full { lines.append(Line(participant.note, style: theme.muted)) }
    } else if declarations.isEmpty {
      lines.append(Line("No declaration recorded.", style: theme.muted))
    } else {
      for declaration in declarations {
        let reference =
          declaration.kind == .territorial
          ? "Territory" : "Art. " + declaration.paragraphs.joined(separator: ", ")
        let notice = declaration.notification.map { " (Notification No. \($0))" } ?? " (unverified)"
        lines.append(
          Line(spans: [
            Span("\(reference)\(notice): ", style: theme.label), Span(declaration.summary),
          ]))
      }
    }
    let marks = model.marks.filter { $0.partyCode == participant.code }
    if !full {
      if let latest = marks.last(where: { model.activeMarks.contains($0.sequence) }) {
        lines.append(
          Line("From your mark of \(latest.madeAt): \(latest.action.keyword)", style: theme.marked))
      }
      return lines
    }
    if !participant.note.isEmpty { lines.append(Line(participant.note, style: theme.muted)) }
    if let denunciation = standing.denunciationDate {
      let effective = model.rules.denunciationEffectiveDate(noticeReceived: denunciation)
      lines.append(
        Line("Notice of denunciation \(denunciation); takes effect \(effective) (Art. 28)"))
    }
    if !marks.isEmpty {
      lines.append(.empty)
      lines.append(Line("Your marks", style: theme.heading))
      for mark in marks {
        let active = model.activeMarks.contains(mark.sequence)
        var text = "\(mark.madeAt)  \(model.describe(mark))"
        if !active { text += " (undone)" }
        if case .superseded(let reason)? = model.ledger.outcomes[mark.sequence] {
          text += " (not applied: \(reason))"
        } else if model.ledger.outcomes[mark.sequence] == .confirmedByShippedData {
          text += " (now in the shipped data)"
        } else if model.ledger.outcomes[mark.sequence] == .confirmedByImportedTable {
          text += " (now in the imported table)"
        }
        if !mark.note.isEmpty { text += " — \(mark.note)" }
        lines.append(Line(text, style: active ? theme.marked : theme.muted))
      }
    }
    if !participant.sources.isEmpty {
      lines.append(.empty)
      lines.append(Line("Sources", style: theme.heading))
      for source in participant.sources { lines.append(Line(source, style: theme.muted)) }
    }
    lines.append(
      Line("m: mark a change  ·  w: record a step  ·  Esc: back to the list", style: theme.muted))
    return lines
  }

  private var inProcessStyle: Style { theme.style(for: StatusKind.inProcess) }

  /// The road as dated lines: signature, the user's steps with their note and source, the
  /// deposit and the day the treaty binds the state.
  private func timelineLines(_ timeline: PartyTimeline) -> [Line] {
    var lines: [Line] = [.empty, Line("Timeline", style: theme.heading)]
    let stages = PipelineStage.allCases.count
    let indent = String(repeating: " ", count: 14)
    for entry in timeline.entries {
      var spans = [Span("\(entry.date)  ", style: theme.label)]
      if case .step(let stage) = entry.kind {
        spans.append(Span(theme.glyph(for: StatusKind.inProcess) + " ", style: inProcessStyle))
        spans.append(Span("\(stage.number)/\(stages) ", style: theme.muted))
        spans.append(Span(entry.title, style: inProcessStyle))
      } else {
        let kind: StatusKind = if case .signature = entry.kind { .signatory } else { .inForce }
        spans.append(Span(theme.glyph(for: kind) + " ", style: theme.style(for: kind)))
        spans.append(Span(entry.title))
      }
      lines.append(Line(spans: spans))
      let (open, close) = theme.isASCII ? ("\"", "\"") : ("“", "”")
      if !entry.note.isEmpty { lines.append(Line(indent + open + entry.note + close)) }
      if !entry.source.isEmpty { lines.append(Line(indent + entry.source, style: theme.muted)) }
    }
    return lines
  }
}

extension String {
  /// The string padded with spaces to `width` display columns (never cut).
  func padded(to width: Int) -> String {
    let current = DisplayWidth.of(self)
    return current >= width ? self : self + String(repeating: " ", count: width - current)
  }
}
