import TreatyModel

/// One row of the parties list: a region heading, or a party with its status on the viewed date.
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

/// A state or organization as the parties list shows it on the viewed date.
public struct PartyEntry: Hashable, Sendable {
  /// The participant, with marks applied.
  public var participant: Participant
  /// Its status on the viewed date.
  public var status: ParticipantStatus
  /// The date it is (or will be) bound, when known.
  public var inForceDate: CalendarDate?
  /// Its place in deposit order, if it deposited by the viewed date.
  public var depositOrder: Int?
  /// Whether one of the user's marks changed it.
  public var isMarked: Bool
  /// Whether it was changed by a mark made since the user last looked.
  public var isNew: Bool
}
