import TreatyModel

/// The rows of `btap pipeline`: one row per state with steps, furthest along first.
enum PipelineTable {
  /// The columns, whose keys are the CSV/TSV/JSON header.
  static let columns: [RecordTable.Column] = [
    .init(key: "name", label: "Name"), .init(key: "iso2", label: "ISO"),
    .init(key: "region", label: "Region"), .init(key: "stage", label: "Stage"),
    .init(key: "stage_date", label: "Since"), .init(key: "steps", label: "Steps"),
    .init(key: "signature_date", label: "Signed"), .init(key: "status", label: "Status"),
    .init(key: "source", label: "Source"), .init(key: "note", label: "Note"),
  ]

  /// The index of the status column.
  static let statusColumn = 7

  /// The table for a pipeline: the states in process, and perhaps those since deposited.
  ///
  /// With `includingDeposited`, the states whose steps led to a deposit follow. `forPeople` shows the stage's title and the status glyph.
  static func make(
    pipeline: Pipeline, region: Region?, includingDeposited: Bool, forPeople: Bool
  ) -> RecordTable {
    var table = RecordTable(columns: columns)
    let members = pipeline.inProcess + (includingDeposited ? pipeline.deposited : [])
    for member in members {
      let standing = member.standing
      let participant = standing.participant
      if let region, participant.region != region { continue }
      let stage = member.furthest.stage
      let status = standing.status
      table.append([
        participant.name, participant.code, participant.region.rawValue,
        forPeople ? "\(stage.number). \(stage.title)" : stage.keyword,
        member.furthest.date.description, String(standing.steps.count),
        standing.signatureDate?.description ?? "",
        forPeople ? "\(status.kind.glyph) \(status.keyword)" : status.keyword,
        member.furthest.source, member.furthest.note,
      ])
    }
    return table
  }

  /// One line per stage with its count, for the top of the human table.
  static func summary(pipeline: Pipeline) -> String {
    var text = "In process on \(pipeline.date): \(pipeline.inProcess.count)\n"
    for stage in PipelineStage.allCases {
      text += "  \(stage.number). \(stage.title): \(pipeline.count(at: stage))\n"
    }
    return text
  }

  /// Colours the status column in each status's colour (``StatusKind/color``).
  static func colorize(_ column: Int, _ value: String) -> String? {
    guard column == statusColumn else { return nil }
    let kind = StatusKind.allCases.first { value.hasSuffix($0.keyword) }
    return kind?.color.sgrCode
  }
}
