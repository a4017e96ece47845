/// The states on their way to depositing on a snapshot's date, furthest along first: the list
/// `btap pipeline` prints.
public struct Pipeline: Hashable, Sendable {
  /// One state with recorded steps.
  public struct Member: Hashable, Sendable {
    /// Where it stood on the date.
    public let standing: ParticipantStanding
    /// Its furthest stage on the date.
    public let furthest: PipelineStep

    /// Whether it had deposited by the date (its steps are then its history).
    public var hasDeposited: Bool { standing.depositDate != nil }
  }

  /// The date described.
  public let date: CalendarDate
  /// The states in process on the date: furthest stage first, then earliest to reach it.
  public let inProcess: [Member]
  /// The states with steps that had deposited by the date, latest deposit first.
  public let deposited: [Member]

  /// The pipeline on a snapshot's date.
  public init(snapshot: TreatySnapshot) {
    date = snapshot.date
    var inProcess: [Member] = []
    var deposited: [Member] = []
    for standing in snapshot.standings {
      guard let furthest = PipelineStep.furthest(of: standing.steps) else { continue }
      let member = Member(standing: standing, furthest: furthest)
      if standing.depositDate == nil {
        if standing.status.kind == .inProcess { inProcess.append(member) }
      } else {
        deposited.append(member)
      }
    }
    self.inProcess = inProcess.sorted { left, right in
      if left.furthest.stage != right.furthest.stage {
        return left.furthest.stage > right.furthest.stage
      }
      if left.furthest.date != right.furthest.date {
        return left.furthest.date < right.furthest.date
      }
      return left.standing.name < right.standing.name
    }
    self.deposited = deposited.sorted { left, right in
      let leftDate = left.standing.depositDate ?? left.furthest.date
      let rightDate = right.standing.depositDate ?? right.furthest.date
      return leftDate != rightDate ? leftDate > rightDate : left.standing.name < right.standing.name
    }
  }

  /// How many states were in process at each stage, in stage order.
  public func count(at stage: PipelineStage) -> Int {
    inProcess.count { $0.furthest.stage == stage }
  }
}
