import TreatyModel

/// One row of the parties list: a region heading, or a party with its standing on the viewed
/// date.
public enum PartyRow: Hashable, Sendable {
  /// A region heading with the number of rows under it.
  case heading(Region, count: Int)
  /// A state or organization.
  case party(PartyEntry)

  /// The entry, for party rows.
  public var entry: PartyEntry? {
    if case .party(let entry) = self { return entry }
    return nil
  }
}

/// A state or organization as the parties list shows it: its standing on the viewed date
/// (from the model's ``TreatySnapshot``) and whether the user's marks touched it.
public struct PartyEntry: Hashable, Sendable {
  /// Where it stood on the viewed date.
  public var standing: ParticipantStanding
  /// Whether one of the user's marks changed it.
  public var isMarked: Bool
  /// Whether it was changed by a mark made since the user last looked.
  public var isNew: Bool
  /// How a campaign sees it, in the targets view.
  public var target: CampaignTarget? = nil

  /// The participant, with marks applied.
  public var participant: Participant { standing.participant }
  /// Its status on the viewed date.
  public var status: ParticipantStatus { standing.status }
  /// The ISO code.
  public var code: String { standing.code }
}
