import TreatyModel

/// A depositary table's comparison with what btap knows, in lines a person reads.
enum TableComparisonText {
  /// The whole report: what was read, then each kind of difference that has entries.
  static func report(
    _ comparison: TableComparison, table: DepositaryTable, asOf: CalendarDate?
  ) -> String {
    let read = table.layer.entries.count + table.unmatched.count
    var text = "\(table.file): \(Wording.count(read, "row", "rows")) of this treaty read"
    if let asOf { text += " (as of \(asOf))" }
    text += ", \(Wording.count(table.otherTreatyRows, "row", "rows")) of other treaties skipped.\n"
    if comparison.hasNoDifference {
      text += "No difference: the table records what btap knows.\n"
    }
    text += section("New parties", comparison.newParties.map(describe))
    text += section("New signatories", comparison.newSignatories.map(describe))
    text += section("Changed", comparison.changed.map(describe))
    text += section(
      "Rows not matched",
      comparison.unmatched.map { "line \($0.line): '\($0.name)' is no state btap knows" })
    text += section(
      "Listed by btap but not in the table (left as they are)",
      comparison.missingFromTable.map { "\($0.name) (\($0.code))" })
    text += section("Your marks", comparison.marks.map(describe))
    return text
  }

  /// `Germany (DE), line 40: deposit none → 2026-02-02; in force none → 2026-05-02`.
  static func describe(_ change: TableComparison.Change) -> String {
    var text = "\(change.name) (\(change.code))"
    if let line = change.line { text += ", line \(line)" }
    let fields = change.fields.map { field in
      "\(field.field) \(field.before.isEmpty ? "none" : field.before) → "
        + (field.after.isEmpty ? "none" : field.after)
    }
    return text + ": " + fields.joined(separator: "; ")
  }

  /// `mark 3 (ratification by Germany on 2026-02-02): confirmed by the table`.
  static func describe(_ change: TableComparison.MarkChange) -> String {
    let mark = change.mark
    var text = "mark \(mark.sequence) (\(mark.action.keyword)"
    if !mark.partyCode.isEmpty { text += " for \(mark.partyCode)" }
    if let date = mark.action.date { text += " on \(date)" }
    text += "): "
    switch change.outcome {
    case .applied: text += "applies"
    case .confirmedByShippedData: text += "confirmed by the shipped data"
    case .confirmedByImportedTable: text += "confirmed by the table"
    case .superseded(let reason): text += "would no longer apply (\(reason))"
    }
    return text
  }

  /// A heading with its count and indented entries, or nothing when there are none.
  private static func section(_ heading: String, _ entries: [String]) -> String {
    guard !entries.isEmpty else { return "" }
    return "\(heading) (\(entries.count)):\n" + entries.map { "  " + $0 + "\n" }.joined()
  }
}
