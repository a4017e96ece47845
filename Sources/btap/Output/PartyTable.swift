import TreatyModel

/// The rows of `btap parties`: one per participant that had signed or joined by the date.
enum PartyTable {
  /// The columns, whose keys are the CSV/TSV/JSON header.
  static let columns: [RecordTable.Column] = [
    .init(key: "name", label: "Name"), .init(key: "iso2", label: "ISO"),
    .init(key: "region", label: "Region"), .init(key: "signature_date", label: "Signed"),
    .init(key: "instrument", label: "Instrument"), .init(key: "deposit_date", label: "Deposited"),
    .init(key: "in_force_date", label: "In force"), .init(key: "status", label: "Status"),
  ]

  /// The index of the status column.
  static let statusColumn = 7

  /// The table for a snapshot, filtered by status and region; `glyphs` puts each status's
  /// glyph before its word (for the human table).
  static func make(
    snapshot: TreatySnapshot, status filter: StatusFilter, region: Region?, glyphs: Bool
  ) -> RecordTable {
    var table = RecordTable(columns: columns)
    for participant in snapshot.listed {
      if let region, participant.region != region { continue }
      let status = snapshot.status(of: participant)
      switch filter {
      case .all: break
      case .party: if !status.isParty { continue }
      case .signatory: if status != .signatory { continue }
      }
      let word = glyphs ? "\(status.glyph) \(status.keyword)" : status.keyword
      table.append([
        participant.name, participant.code, participant.region.rawValue,
        snapshot.signatureDate(of: participant)?.description ?? "",
        snapshot.instrument(of: participant)?.rawValue ?? "",
        snapshot.depositDate(of: participant)?.description ?? "",
        snapshot.inForceDate(of: participant)?.description ?? "", word,
      ])
    }
    return table
  }

  /// Colours the status column: green for parties, cyan for pending, yellow for signatories,
  /// red for denunciations (the word and glyph carry the meaning without colour too).
  static func colorize(_ column: Int, _ value: String) -> String? {
    guard column == statusColumn else { return nil }
    if value.hasSuffix("party") { return "32" }
    if value.hasSuffix("pending") { return "36" }
    if value.hasSuffix("signatory") { return "33" }
    if value.hasSuffix("withdrawing") || value.hasSuffix("withdrawn") { return "31" }
    return nil
  }
}
