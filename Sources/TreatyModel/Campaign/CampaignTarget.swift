/// A state that has not joined the treaty, seen by a campaigner: where it stands with this
/// treaty, which target groups it falls in and which sister treaties it has joined.
public struct CampaignTarget: Hashable, Sendable, Identifiable {
  /// Where it stood with this treaty on the date.
  public let standing: ParticipantStanding
  /// The groups it falls in, in ``TargetGroup`` order (never empty).
  public let groups: [TargetGroup]
  /// The sister treaties it was a party to on the date, in list order.
  public let relatedTreaties: [RelatedTreaty]

  /// The ISO code.
  public var id: String { standing.code }
  /// The ISO code.
  public var code: String { standing.code }
  /// The group it belongs to first: what the map colours it by.
  public var primaryGroup: TargetGroup { groups[0] }

  /// The sister treaties as a short list: "WPPT, WCT" or "none".
  public var relatedSummary: String {
    relatedTreaties.isEmpty ? "none" : relatedTreaties.map(\.shortName).joined(separator: ", ")
  }
}
