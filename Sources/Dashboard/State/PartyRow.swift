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
  public var target: CampaignTarget? {
    get { targetBox?.target }
    set { targetBox = newValue.map(TargetBox.init) }
  }
  /// The target, kept apart: most lists have none, and room for one in every entry doubled
  /// the memory that ten thousand entries took.
  private var targetBox: TargetBox?

  /// An entry.
  public init(
    standing: ParticipantStanding, isMarked: Bool, isNew: Bool, target: CampaignTarget? = nil
  ) {
    self.standing = standing
    self.isMarked = isMarked
    self.isNew = isNew
    self.target = target
  }

  /// The participant, with marks applied.
  public var participant: Participant { standing.participant }
  /// Its status on the viewed date.
  public var status: ParticipantStatus { standing.status }
  /// The ISO code.
  public var code: String { standing.code }
}

/// A campaign target held by reference, compared by value.
private final class TargetBox: Hashable, Sendable {
  let target: CampaignTarget

  init(_ target: CampaignTarget) { self.target = target }

  static func == (left: TargetBox, right: TargetBox) -> Bool { left.target == right.target }

  func hash(into hasher: inout Hasher) { hasher.combine(target) }
}
