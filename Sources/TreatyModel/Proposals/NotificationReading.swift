/// What the recogniser made of a text.
public enum NotificationReading: Hashable, Sendable {
  /// An event of this treaty it could read.
  case proposal(ProposedEvent)
  /// A notification of another treaty (named as the text names it): nothing to propose.
  case otherTreaty(String)
  /// A notification of this treaty naming a state btap does not know (the name as written).
  case unknownState(String)
  /// A text about this treaty in which no act, party or date could be read (why).
  case incomplete(String)
  /// Nothing in the text concerns this treaty.
  case notANotification

  /// The proposed event, if there is one.
  public var proposal: ProposedEvent? {
    if case .proposal(let event) = self { return event }
    return nil
  }
}
