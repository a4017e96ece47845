import TreatyModel

/// The rows of `btap parties`: the participants the snapshot lists on its date.
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
    for standing in snapshot.listed(includingEveryState: false) {
      let participant = standing.participant
      if let region, participant.region != region { continue }
      let status = standing.status
      switch filter {
      case .all: break
      case .party: if !status.isParty { continue }
      case .signatory:
        if standing.signatureDate == nil || standing.depositDate != nil { continue }
      case .inProcess: if status.kind != .inProcess { continue }
      }
      let word = glyphs ? "\(status.kind.glyph) \(status.keyword)" : status.keyword
      table.append([
        participant.name, participant.code, participant.region.rawValue,
        standing.signatureDate?.description ?? "", standing.instrument?.rawValue ?? "",
        standing.depositDate?.description ?? "", standing.inForceDate?.description ?? "", word,
      ])
    }
    return table
  }

  /// Colours the status column in each status's colour (``StatusKind/color``); the word and
  /// glyph carry the meaning without colour too.
  static func colorize(_ column: Int, _ value: String) -> String? {
    guard column == statusColumn else { return nil }
    let kind = StatusKind.allCases.first { value.hasSuffix($0.keyword) }
    return kind?.color.sgrCode
  }
}
