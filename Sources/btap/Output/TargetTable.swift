import TreatyModel

/// The rows of `btap targets`: each group's states, one row per state and group.
enum TargetTable {
  /// The columns, whose keys are the CSV/TSV/JSON header: one date column per sister treaty
  /// (the date its instrument took effect, empty when it has not joined).
  static let columns: [RecordTable.Column] =
    [
      .init(key: "group", label: "Group"), .init(key: "name", label: "Name"),
      .init(key: "iso2", label: "ISO"), .init(key: "region", label: "Region"),
      .init(key: "status", label: "BTAP"),
    ] + RelatedTreaty.allCases.map { .init(key: $0.key, label: $0.shortName) }

  /// The columns of the human table: the sister treaties as one list.
  static let tableColumns: [RecordTable.Column] = [
    .init(key: "group", label: "Group"), .init(key: "name", label: "Name"),
    .init(key: "iso2", label: "ISO"), .init(key: "region", label: "Region"),
    .init(key: "status", label: "BTAP"), .init(key: "party_to", label: "Party to"),
  ]

  /// The table for the targets, limited to a group and a region; `forPeople` lists the
  /// sister treaties by name in one column instead of one date column each.
  static func make(
    targets: CampaignTargets, related: RelatedTreaties, group: TargetGroup?, region: Region?,
    forPeople: Bool
  ) -> RecordTable {
    var table = RecordTable(columns: forPeople ? tableColumns : columns)
    for current in group.map({ [$0] }) ?? TargetGroup.allCases {
      for target in targets.members(of: current) {
        let participant = target.standing.participant
        if let region, participant.region != region { continue }
        var row = [
          current.key, participant.name, participant.code, participant.region.rawValue,
          target.standing.status.keyword,
        ]
        if forPeople {
          row.append(target.relatedSummary)
        } else {
          for treaty in RelatedTreaty.allCases {
            let joined = target.relatedTreaties.contains(treaty)
            let date = related.membership(of: target.code, in: treaty)?.instrumentDate
            row.append(joined ? date?.description ?? "" : "")
          }
        }
        table.append(row)
      }
    }
    return table
  }

  /// One line per group with its count, for the top of the human table.
  static func summary(targets: CampaignTargets, region: Region?) -> String {
    var text = ""
    for group in TargetGroup.allCases {
      let count = targets.members(of: group).count {
        region == nil || $0.standing.participant.region == region
      }
      text += "\(group.title): \(count) (\(group.explanation))\n"
    }
    return text
  }
}
