import TerminalUI
import TreatyModel

/// The journal as rows, and the sentences that describe marks.
enum HistoryTable {
  /// One row per journal entry, oldest first.
  static func make(journal: MarkJournal, ledger: Ledger) -> RecordTable {
    var table = RecordTable(columns: [
      .init(key: "sequence", label: "#"), .init(key: "made_at", label: "Made (UTC)"),
      .init(key: "operation", label: "Change"), .init(key: "party", label: "Party"),
      .init(key: "date", label: "Date"), .init(key: "note", label: "Note"),
      .init(key: "state", label: "State"),
    ])
    for entry in journal.entries {
      switch entry.operation {
      case .mark(let mark):
        table.append([
          String(entry.sequence), entry.madeAt.description, mark.action.keyword,
          name(mark.partyCode, ledger), mark.action.date?.description ?? "", mark.note,
          state(of: mark, journal: journal, ledger: ledger),
        ])
      case .undo(let target), .redo(let target):
        let isUndo = if case .undo = entry.operation { true } else { false }
        let code = journal.mark(sequence: target)?.partyCode ?? ""
        table.append([
          String(entry.sequence), entry.madeAt.description,
          (isUndo ? "undo of " : "redo of ") + String(target), name(code, ledger), "", "", "",
        ])
      }
    }
    return table
  }

  /// Whether a mark is in effect and what it does.
  static func state(of mark: Mark, journal: MarkJournal, ledger: Ledger) -> String {
    guard journal.isActive(mark.sequence) else { return "undone" }
    switch ledger.outcomes[mark.sequence] {
    case .applied?: return "in effect"
    case .confirmedByShippedData?: return "in effect, now in the shipped data too"
    case .confirmedByImportedTable?: return "in effect, now in the imported table too"
    case .superseded(let reason)?: return "no longer applies: " + reason
    case nil: return "in effect"
    }
  }

  /// `Austria, ratification on 2025-10-05 (mark 3, in effect)`.
  static func describe(_ mark: Mark, journal: MarkJournal, ledger: Ledger) -> String {
    let partyName = name(mark.partyCode, ledger)
    var text = describe(mark.action, name: partyName)
    text += " (mark \(mark.sequence), made \(mark.madeAt), "
    text += state(of: mark, journal: journal, ledger: ledger) + ")"
    if !mark.note.isEmpty { text += "; note: " + mark.note }
    return TextSanitizer.clean(text)
  }

  /// `Austria: ratification deposited on 2025-10-05`.
  static func describe(_ action: Mark.Action, name: String) -> String {
    switch action {
    case .ratification(let date): return "\(name): ratification deposited on \(date)"
    case .accession(let date): return "\(name): accession deposited on \(date)"
    case .signature(let date): return "\(name): signed on \(date)"
    case .denunciation(let date): return "\(name): notice of denunciation received on \(date)"
    case .correction(let field, let value):
      return "\(name): \(field.rawValue) corrected to '\(value)'"
    case .declaration(_, let paragraphs, _, let date):
      let cited = paragraphs.isEmpty ? "territorial" : "Art. " + paragraphs.joined(separator: ", ")
      return "\(name): declaration (\(cited)) with the instrument of \(date)"
    case .dismissal(let proposal):
      return "\(name): proposal \(proposal) dismissed"
    case .dataLayer(let asOf, let file):
      return "the depositary's table as of \(asOf) (\(file))"
    case .step(let stage, _, let date):
      return "\(name): step '\(stage.title)' on \(date)"
    }
  }

  /// What undo or redo just did, as a line.
  static func confirmation(_ entry: JournalEntry, workspace: Workspace) -> String {
    let journal = workspace.store.journal
    switch entry.operation {
    case .undo(let target):
      guard let mark = journal.mark(sequence: target) else { return "Undid mark \(target).\n" }
      let text = describe(mark.action, name: name(mark.partyCode, workspace.ledger))
      return TextSanitizer.clean("Undid mark \(target): \(text).") + "\n"
    case .redo(let target):
      guard let mark = journal.mark(sequence: target) else { return "Redid mark \(target).\n" }
      let text = describe(mark.action, name: name(mark.partyCode, workspace.ledger))
      return TextSanitizer.clean("Redid mark \(target): \(text).") + "\n"
    case .mark(let mark):
      return "Recorded mark \(mark.sequence).\n"
    }
  }

  private static func name(_ code: String, _ ledger: Ledger) -> String {
    ledger.participant(code: code)?.name ?? code
  }
}
