/// Who to win next: every state that is not a party on a snapshot's date, sorted into the
/// ``TargetGroup``s, with the sister treaties each has joined by then.
///
/// The one place the groups are decided; the dashboard's targets view, its map and
/// `btap targets` all read it.
public struct CampaignTargets: Hashable, Sendable {
  /// The date described.
  public let date: CalendarDate
  /// Every target, in the snapshot's order.
  public let targets: [CampaignTarget]
  /// Positions in ``targets`` of each group's members.
  private let positionsByGroup: [TargetGroup: [Int]]
  /// Position in ``targets`` of each code.
  private let positionByCode: [String: Int]

  /// The targets on the snapshot's date.
  public init(snapshot: TreatySnapshot, related: RelatedTreaties) {
    date = snapshot.date
    var targets: [CampaignTarget] = []
    var positions: [TargetGroup: [Int]] = [:]
    var byCode: [String: Int] = [:]
    for standing in snapshot.standings where !standing.status.isParty {
      let treaties = related.treaties(partyTo: standing.code, on: snapshot.date)
      let groups = CampaignTargets.groups(
        status: standing.status, signed: standing.signatureDate != nil, treaties: treaties)
      for group in groups { positions[group, default: []].append(targets.count) }
      byCode[standing.code] = targets.count
      targets.append(CampaignTarget(standing: standing, groups: groups, relatedTreaties: treaties))
    }
    self.targets = targets
    positionsByGroup = positions
    positionByCode = byCode
  }

  /// The groups of a state that is not a party: a signatory (one in process too), a WPPT or
  /// Rome party, and otherwise a WIPO member in none of them.
  static func groups(
    status: ParticipantStatus, signed: Bool, treaties: [RelatedTreaty]
  ) -> [TargetGroup] {
    var groups: [TargetGroup] = []
    if status == .signatory || (signed && status.kind == .inProcess) {
      groups.append(.signatories)
    }
    if treaties.contains(.wppt) { groups.append(.wpptNotBTAP) }
    if treaties.contains(.rome) { groups.append(.romeNotBTAP) }
    if groups.isEmpty { groups.append(.otherMembers) }
    return groups
  }

  /// The members of a group, in the snapshot's order.
  public func members(of group: TargetGroup) -> [CampaignTarget] {
    (positionsByGroup[group] ?? []).map { targets[$0] }
  }

  /// How many states a group has.
  public func count(of group: TargetGroup) -> Int { positionsByGroup[group]?.count ?? 0 }

  /// The target with an ISO code, if that state is not a party on the date.
  public func target(code: String) -> CampaignTarget? {
    positionByCode[code].map { targets[$0] }
  }
}
