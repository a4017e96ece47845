/// What applying a depositary table would change in what btap knows: new signatories, new
/// parties, changed dates, the rows it cannot match, the states it leaves out, and the marks
/// it would confirm or supersede.
///
/// Computed from two ledgers, the current one and one with the table laid under the marks, so
/// the difference is exactly what every screen would show differently.
public struct TableComparison: Hashable, Sendable {
  /// One fact that differs: its label (`signature`, `instrument`, `deposit`, `in force`), the
  /// value btap has and the table's (empty: none).
  public struct FieldChange: Hashable, Sendable {
    /// What the fact is.
    public let field: String
    /// btap's value now, or empty.
    public let before: String
    /// The table's value, or empty.
    public let after: String

    /// Creates a change of one fact.
    public init(field: String, before: String, after: String) {
      self.field = field
      self.before = before
      self.after = after
    }
  }

  /// A state whose facts differ.
  public struct Change: Hashable, Sendable {
    /// Its ISO code.
    public let code: String
    /// btap's name for it.
    public let name: String
    /// The line of its row in the table.
    public let line: Int?
    /// The facts that differ, in a fixed order.
    public let fields: [FieldChange]
  }

  /// A mark whose outcome the table changes.
  public struct MarkChange: Hashable, Sendable {
    /// The mark.
    public let mark: Mark
    /// What becomes of it with the table.
    public let outcome: MarkOutcome
  }

  /// States that had not signed and that the table lists as signatories only.
  public let newSignatories: [Change]
  /// States that had deposited no instrument and that the table lists as parties.
  public let newParties: [Change]
  /// States already listed whose dates or instrument differ.
  public let changed: [Change]
  /// Rows of this treaty whose names are no state btap knows.
  public let unmatched: [DepositaryTable.UnmatchedRow]
  /// Signatories and parties btap lists that the table does not (left as they are).
  public let missingFromTable: [Participant]
  /// Marks the table would confirm or supersede (earlier tables it replaces left out).
  public let marks: [MarkChange]

  /// Compares `before` with `after`, the same `marks` over the data with `table` laid under
  /// them.
  public init(before: Ledger, after: Ledger, table: DepositaryTable, marks activeMarks: [Mark]) {
    var newSignatories: [Change] = []
    var newParties: [Change] = []
    var changed: [Change] = []
    let beforeSnapshot = TreatySnapshot(ledger: before, on: TableComparison.horizon)
    let afterSnapshot = TreatySnapshot(ledger: after, on: TableComparison.horizon)
    for standing in afterSnapshot.standings {
      guard let old = beforeSnapshot.standing(code: standing.code) else { continue }
      let fields = TableComparison.differences(old, standing)
      if fields.isEmpty { continue }
      let change = Change(
        code: standing.code, name: old.name, line: table.lineByCode[standing.code], fields: fields)
      if old.depositDate == nil, standing.depositDate != nil {
        newParties.append(change)
      } else if old.signatureDate == nil, old.depositDate == nil, standing.signatureDate != nil {
        newSignatories.append(change)
      } else {
        changed.append(change)
      }
    }
    self.newSignatories = newSignatories
    self.newParties = newParties
    self.changed = changed
    unmatched = table.unmatched
    missingFromTable = before.participants.filter {
      $0.isListed && table.lineByCode[$0.code] == nil
    }
    var marks: [MarkChange] = []
    for (sequence, outcome) in after.outcomes.sorted(by: { $0.key < $1.key })
    where before.outcomes[sequence] != outcome {
      guard let mark = activeMarks.first(where: { $0.sequence == sequence }) else { continue }
      // An earlier table that this one replaces is no fact of its own.
      if case .dataLayer = mark.action { continue }
      marks.append(MarkChange(mark: mark, outcome: outcome))
    }
    self.marks = marks
  }

  /// The date both ledgers are read on: after every date either holds, so that every fact,
  /// in-force dates to come included, is compared.
  static let horizon = CalendarDate(year: 9999, month: 12, day: 31) ?? CalendarDate(dayNumber: 0)

  /// Whether the table records exactly what btap knows (unmatched rows and states it leaves
  /// out are reported apart).
  public var hasNoDifference: Bool {
    newSignatories.isEmpty && newParties.isEmpty && changed.isEmpty && marks.isEmpty
  }

  /// The facts of two standings that differ, labelled.
  static func differences(
    _ old: ParticipantStanding, _ new: ParticipantStanding
  ) -> [FieldChange] {
    var fields: [FieldChange] = []
    func compare(_ label: String, _ before: String?, _ after: String?) {
      if before != after {
        fields.append(FieldChange(field: label, before: before ?? "", after: after ?? ""))
      }
    }
    compare("signature", old.signatureDate?.description, new.signatureDate?.description)
    compare("instrument", old.instrument?.rawValue, new.instrument?.rawValue)
    compare("deposit", old.depositDate?.description, new.depositDate?.description)
    compare("in force", old.inForceDate?.description, new.inForceDate?.description)
    return fields
  }
}
