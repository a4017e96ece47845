/// A proposed event with where it stands.
public struct ReviewedProposal: Hashable, Sendable, Identifiable {
  /// The event read.
  public let event: ProposedEvent
  /// Where it stands against what btap knows.
  public let status: ProposalStatus

  /// The event's identifier.
  public var id: String { event.id }

  /// Creates a reviewed proposal.
  public init(event: ProposedEvent, status: ProposalStatus) {
    self.event = event
    self.status = status
  }
}
