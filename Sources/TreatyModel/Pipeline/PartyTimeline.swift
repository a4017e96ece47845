/// A state's road as dated lines, oldest first: its signature, the steps the user recorded,
/// its deposit and the day the treaty binds it, as known on a snapshot's date.
///
/// The one timeline the dashboard's detail and `btap show` both print.
public struct PartyTimeline: Hashable, Sendable {
  /// One dated line of the timeline.
  public struct Entry: Hashable, Sendable {
    /// What the line records.
    public enum Kind: Hashable, Sendable {
      /// The signature.
      case signature
      /// A recorded step on the way.
      case step(PipelineStage)
      /// The instrument's deposit.
      case deposit(Instrument?)
      /// The treaty binds the state from this day (Art. 26).
      case inForce
    }

    /// The day.
    public let date: CalendarDate
    /// What happened.
    public let kind: Kind
    /// Where the evidence is, or empty (steps only).
    public let source: String
    /// The user's note, or empty (steps only).
    public let note: String

    /// A few words: "signed", "before parliament", "ratification deposited", "bound".
    public var title: String {
      switch kind {
      case .signature: return "signed"
      case .step(let stage): return stage.title
      case .deposit(let instrument?): return "\(instrument.rawValue) deposited"
      case .deposit(nil): return "instrument deposited"
      case .inForce: return "bound by the treaty"
      }
    }

    /// Whether the line is one of the user's steps.
    public var isStep: Bool {
      if case .step = kind { return true }
      return false
    }
  }

  /// The lines, oldest first.
  public let entries: [Entry]

  /// The timeline of a standing: only what had happened by its snapshot's date.
  public init(standing: ParticipantStanding) {
    var entries: [Entry] = []
    if let signed = standing.signatureDate {
      entries.append(Entry(date: signed, kind: .signature, source: "", note: ""))
    }
    for step in standing.steps {
      entries.append(
        Entry(date: step.date, kind: .step(step.stage), source: step.source, note: step.note))
    }
    if let deposit = standing.depositDate {
      entries.append(
        Entry(date: deposit, kind: .deposit(standing.instrument), source: "", note: ""))
      if let bound = standing.inForceDate {
        entries.append(Entry(date: bound, kind: .inForce, source: "", note: ""))
      }
    }
    // A stable sort keeps the order above for lines of the same day.
    self.entries = entries.enumerated().sorted { left, right in
      left.element.date != right.element.date
        ? left.element.date < right.element.date : left.offset < right.offset
    }.map(\.element)
  }

  /// Whether the timeline has a step of the user's (otherwise the detail needs none).
  public var hasSteps: Bool { entries.contains(where: \.isStep) }
}
