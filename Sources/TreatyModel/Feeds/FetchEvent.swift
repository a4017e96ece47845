/// One step of a fetch run, as the `btap-feed` helper reports it line by line to `btap news
/// fetch` and to the dashboard, which both word it from here.
public enum FetchEvent: Hashable, Sendable {
  /// The run begins with this many subscriptions.
  case started(total: Int)
  /// The feed at this 1-based position is being fetched.
  case fetching(position: Int, total: Int, name: String)
  /// The feed at this position is done; `movedTo` is its new address after a permanent
  /// redirect.
  case finished(position: Int, name: String, outcome: FetchOutcome, movedTo: String?)
  /// The run ended: how many feeds succeeded, how many items arrived in all.
  case completed(total: Int, succeeded: Int, newItems: Int)

  /// The event as one tab-separated line (without its line end), every field cleaned.
  public var line: String {
    let fields: [String]
    switch self {
    case .started(let total): fields = ["started", "\(total)"]
    case .fetching(let position, let total, let name):
      fields = ["fetching", "\(position)", "\(total)", name]
    case .finished(let position, let name, let outcome, let movedTo):
      var outcomeFields: [String]
      switch outcome {
      case .fetched(let new, let known, let unresolved):
        outcomeFields = ["fetched", "\(new)", "\(known)", "\(unresolved)"]
      case .unchanged: outcomeFields = ["unchanged"]
      case .waiting(let until): outcomeFields = ["waiting", until.description]
      case .gone(let since): outcomeFields = ["gone", since.description]
      case .failed(let reason): outcomeFields = ["failed", reason]
      }
      fields = ["finished", "\(position)", name, movedTo ?? ""] + outcomeFields
    case .completed(let total, let succeeded, let new):
      fields = ["completed", "\(total)", "\(succeeded)", "\(new)"]
    }
    return fields.map(MarkJournal.cleanField).joined(separator: "\t")
  }

  /// Reads a line written by ``line``; nil for anything else.
  public init?(line: String) {
    let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    guard let kind = fields.first else { return nil }
    func number(_ index: Int) -> Int? {
      index < fields.count ? Int(fields[index]).flatMap { $0 >= 0 ? $0 : nil } : nil
    }
    switch (kind, fields.count) {
    case ("started", 2):
      guard let total = number(1) else { return nil }
      self = .started(total: total)
    case ("fetching", 4):
      guard let position = number(1), let total = number(2) else { return nil }
      self = .fetching(position: position, total: total, name: fields[3])
    case ("finished", 5...):
      guard let position = number(1), let outcome = FetchEvent.outcome(Array(fields[4...]))
      else { return nil }
      self = .finished(
        position: position, name: fields[2], outcome: outcome,
        movedTo: fields[3].isEmpty ? nil : fields[3])
    case ("completed", 4):
      guard let total = number(1), let succeeded = number(2), let new = number(3) else {
        return nil
      }
      self = .completed(total: total, succeeded: succeeded, newItems: new)
    default:
      return nil
    }
  }

  private static func outcome(_ fields: [String]) -> FetchOutcome? {
    switch (fields[0], fields.count) {
    case ("fetched", 4):
      guard let new = Int(fields[1]), let known = Int(fields[2]), let unresolved = Int(fields[3])
      else { return nil }
      return .fetched(newItems: new, knownItems: known, unresolvedLinks: unresolved)
    case ("unchanged", 1): return .unchanged
    case ("waiting", 2): return Timestamp(fields[1]).map { .waiting(until: $0) }
    case ("gone", 2): return Timestamp(fields[1]).map { .gone(since: $0) }
    case ("failed", 2): return .failed(fields[1])
    default: return nil
    }
  }

  /// What a run with no subscriptions says.
  static let noFeeds = "No feeds to fetch: add one with 'btap feeds add URL'."

  /// The event in words, as `btap news fetch` prints it and the dashboard's status line
  /// shows it: "Fetching 2 of 5: WIPO press room…", "WIPO press room: 3 new, 12 already known".
  public var description: String {
    switch self {
    case .started(let total):
      return total == 0
        ? FetchEvent.noFeeds : "Fetching " + Wording.count(total, "feed", "feeds") + "…"
    case .fetching(let position, let total, let name):
      return "Fetching \(position) of \(total): \(name)…"
    case .finished(_, let name, let outcome, let movedTo):
      var text = "\(name): \(outcome.summary)"
      if let movedTo { text += "; it moved for good to \(movedTo), now remembered" }
      return text
    case .completed(let total, let succeeded, let new):
      if total == 0 { return FetchEvent.noFeeds }
      var text = "Fetched \(succeeded) of " + Wording.count(total, "feed", "feeds") + ": "
      text += new == 0 ? "nothing new" : Wording.count(new, "new item", "new items")
      if succeeded < total { text += "; \(total - succeeded) not fetched" }
      return text + "."
    }
  }
}
