import TerminalUI
import TreatyModel

/// The map-list: every signatory and party (and on request every eligible state) with its
/// status glyph, dates and in-force date, and the selected one's detail.
struct PartiesPane {
  let state: AppState
  let theme: Theme

  /// Rows given to the compact detail at the bottom of a tall pane.
  static func detailHeight(frameHeight: Int) -> Int { frameHeight >= 16 ? 5 : 0 }

  /// Rows of the list itself (without border, column header and detail).
  static func listHeight(frameHeight: Int) -> Int {
    max(0, frameHeight - 3 - detailHeight(frameHeight: frameHeight))
  }

  func render(into buffer: inout Buffer, area: Rect, isFocused: Bool) {
    let parties = state.partyRowCounts.parties
    var title = "4 Parties · " + (state.isMapShown ? "map" : state.partySort.label)
    if !state.partyFilter.isEmpty || state.isFiltering {
      title += " · /\(state.partyFilter.text)"
    }
    let block = Block(
      title: Line(title),
      rightTitle: Line(
        "\(parties) \(parties == 1 ? "party" : "parties") · \(state.partyRowCounts.listed) listed",
        style: theme.muted),
      borderType: theme.border, titleStyle: theme.heading, isFocused: isFocused)
    block.render(into: &buffer, area: area)
    var inner = block.inner(area)
    guard !inner.isEmpty else { return }
    if state.isMapShown {
      MapView(state: state, theme: theme).render(into: &buffer, area: area)
      return
    }
    if state.isFiltering {
      var field = state.partyFilter
      field.placeholder = "name, code, region or status"
      buffer.write(Line("/", style: theme.accent), x: inner.x, y: inner.y)
      field.render(
        into: &buffer, area: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: 1))
      inner = inner.inset(top: 1, left: 0, bottom: 0, right: 0)
    }
    if state.isPartyDetailOpen, let entry = state.selectedParty {
      Paragraph(lines: detail(entry, full: true)).render(
        into: &buffer, area: inner.inset(horizontal: 1, vertical: 0))
      return
    }
    let detailRows = PartiesPane.detailHeight(frameHeight: area.height)
    let listArea = Rect(
      x: inner.x, y: inner.y, width: inner.width, height: max(0, inner.height - detailRows))
    let wide = inner.width >= 96
    // Build only the rows on screen, so a key costs the same with 99 or 10 000 parties.
    let height = max(0, listArea.height - 1)
    let (rows, window) = state.partiesList.window(viewHeight: height)
    let items = state.partyRows[rows].map { row(for: $0, width: inner.width - 2, wide: wide) }
    SelectableList(
      items: items, state: window, header: header(width: inner.width - 2, wide: wide),
      selectionMarker: theme.selectionMarker,
      emptyText: state.partyFilter.isEmpty
        ? "Nothing to list" : "No match for '\(state.partyFilter.text)'"
    ).render(into: &buffer, area: listArea)
    guard detailRows > 0, let entry = state.selectedParty else { return }
    let detailArea = Rect(
      x: inner.x, y: listArea.maxY, width: inner.width, height: detailRows)
    let rule = String(repeating: theme.isASCII ? "-" : "─", count: detailArea.width)
    buffer.write(rule, x: detailArea.x, y: detailArea.y, style: theme.muted)
    Paragraph(lines: detail(entry, full: false)).render(
      into: &buffer, area: detailArea.inset(top: 1, left: 1, bottom: 0, right: 1))
  }

  private func nameWidth(_ width: Int, wide: Bool) -> Int {
    max(8, width - (wide ? 78 : 34))
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
        spans.append(Span((participant.signatureDate?.description ?? "").padded(to: 12)))
      }
      let deposited: String
      if let date = participant.depositDate, date <= state.date {
        deposited = "\(date) \(Describe.instrumentLetter(participant.instrument))"
      } else {
        deposited = ""
      }
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

  private func inForceText(_ entry: PartyEntry) -> String {
    guard entry.participant.depositDate != nil, entry.status.isParty || entry.status == .withdrawn
    else { return "" }
    return entry.inForceDate?.description ?? "awaiting"
  }

  /// The detail lines for a party; `full` adds sources, every declaration and the mark history.
  func detail(_ entry: PartyEntry, full: Bool) -> [Line] {
    let participant = entry.participant
    let model = state.model
    var lines: [Line] = []
    lines.append(
      Line(spans: [
        Span(theme.glyph(for: entry.status) + " ", style: theme.style(for: entry.status)),
        Span("\(participant.name) (\(participant.code))", style: theme.heading),
        Span("  ·  \(participant.region.rawValue)  ·  ", style: theme.muted),
        Span(Describe.status(entry.status), style: theme.style(for: entry.status)),
      ]))
    var facts: [Span] = []
    if let signed = participant.signatureDate, signed <= state.date {
      facts.append(Span("signed ", style: theme.label))
      facts.append(Span("\(signed)"))
    } else {
      facts.append(Span("did not sign", style: theme.muted))
    }
    if let deposit = participant.depositDate, deposit <= state.date {
      facts.append(
        Span("  ·  \(participant.instrument?.rawValue ?? "instrument") ", style: theme.label))
      facts.append(Span("\(deposit)"))
      if let order = entry.depositOrder {
        facts.append(Span(" (\(Describe.ordinal(order)))", style: theme.muted))
      }
      if let bound = entry.inForceDate {
        facts.append(Span("  ·  bound from ", style: theme.label))
        facts.append(Span("\(bound)"))
        if bound > state.date {
          facts.append(
            Span(", \(Describe.countdown(from: state.date, to: bound))", style: theme.accent))
        }
      }
    }
    lines.append(Line(spans: facts))
    let declarations = model.ledger.dataset.declarations.filter { $0.partyCode == participant.code }
    if participant.depositDate == nil {
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
    if let denunciation = participant.denunciationDate {
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
    lines.append(Line("m: mark a change  ·  Esc: back to the list", style: theme.muted))
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
