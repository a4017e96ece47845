/// A stage a state passes on its way to depositing an instrument, in the order states usually
/// pass them: the fixed list the user records steps with (`btap step --stage`).
///
/// The list is btap's own and deliberately short. A state's furthest stage recorded by a date
/// is where it stands on that date; a deposit (Art. 23 and 26) ends the way.
public enum PipelineStage: String, CaseIterable, Hashable, Sendable, Comparable {
  /// The government opened a public consultation or began studying accession.
  case consultation = "consultation"
  /// A bill or a decision to join is before parliament (or the body that must approve it).
  case beforeParliament = "before-parliament"
  /// Parliament or the government approved joining.
  case approved = "approved"
  /// The instrument of ratification or accession is signed and waits to be deposited.
  case awaitingDeposit = "awaiting-deposit"

  /// The word used on the command line, in the journal and in exports.
  public var keyword: String { rawValue }

  /// A few words for lists and timelines, such as "consultation opened".
  public var title: String {
    switch self {
    case .consultation: return "consultation opened"
    case .beforeParliament: return "before parliament"
    case .approved: return "approved"
    case .awaitingDeposit: return "instrument signed, awaiting deposit"
    }
  }

  /// A word or two for narrow columns.
  public var shortTitle: String {
    switch self {
    case .consultation: return "consultation"
    case .beforeParliament: return "in parliament"
    case .approved: return "approved"
    case .awaitingDeposit: return "to deposit"
    }
  }

  /// What the stage means, in a sentence for help texts.
  public var explanation: String {
    switch self {
    case .consultation:
      return "the government asked for views or started to study joining"
    case .beforeParliament:
      return "a bill or decision to join was laid before parliament or the approving body"
    case .approved:
      return "parliament or the government approved joining"
    case .awaitingDeposit:
      return "the instrument is signed and only its deposit with WIPO is left"
    }
  }

  /// Its place on the way: 1 for the first stage.
  public var number: Int { (PipelineStage.allCases.firstIndex(of: self) ?? 0) + 1 }

  /// Stages compare by their place on the way.
  public static func < (left: PipelineStage, right: PipelineStage) -> Bool {
    left.number < right.number
  }

  /// The stage with a keyword, ignoring case.
  public init?(keyword: String) {
    self.init(rawValue: keyword.lowercased())
  }
}
