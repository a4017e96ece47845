import TreatyModel

/// What the targets view lists: one group of ``CampaignTargets``, in one region or all.
public struct TargetSelection: Equatable, Sendable {
  /// Every target on the viewed date.
  public var targets: CampaignTargets
  /// The group shown.
  public var group: TargetGroup
  /// The region shown, or nil for every region.
  public var region: Region?

  /// Creates a selection.
  public init(targets: CampaignTargets, group: TargetGroup, region: Region?) {
    self.targets = targets
    self.group = group
    self.region = region
  }

  /// The group's states in the region, in the snapshot's order.
  public var members: [CampaignTarget] { members(of: group) }

  /// A group's states in the region.
  public func members(of group: TargetGroup) -> [CampaignTarget] {
    let all = targets.members(of: group)
    guard let region else { return all }
    return all.filter { $0.standing.participant.region == region }
  }

  /// How many states each group has in the region, in group order.
  public var counts: [(group: TargetGroup, count: Int)] {
    TargetGroup.allCases.map { ($0, members(of: $0).count) }
  }
}
