/// The user's marks as an append-only journal, and what it adds up to after undo and redo.
///
/// The file is tab-separated text a person can read:
/// `sequence, made_at, operation, target, party, kind, date, field, value, note`.
/// Replaying it in order gives the active marks and the undo and redo stacks, so every
/// running copy of btap that reads the same file agrees on them.
public struct MarkJournal: Hashable, Sendable {
  /// The header row of the journal file.
  public static let header = [
    "sequence", "made_at", "operation", "target", "party", "kind", "date", "field", "value", "note",
  ]
  /// The largest sequence number a journal may hold: nine digits, far more changes than anyone
  /// makes, and far from the integer limit, so the next number can always be computed.
  public static let maximumSequence = 999_999_999
  /// The comment line that opens a new journal file.
  public static let preamble =
    "# btap marks journal, format 1: one change per line; edit with care, btap checks every line."

  /// Every entry, in order.
  public private(set) var entries: [JournalEntry] = []
  /// Marks currently in effect, in the order they were made.
  public private(set) var activeMarks: [Mark] = []
  /// Sequence numbers of marks that can be undone, most recent last.
  public private(set) var undoStack: [Int] = []
  /// Sequence numbers of marks that can be redone, most recent last.
  public private(set) var redoStack: [Int] = []
  private var marksBySequence: [Int: Mark] = [:]

  /// An empty journal.
  public init() {}

  /// The next free sequence number (``maximumSequence`` + 1 once the journal is full).
  public var nextSequence: Int { (entries.last?.sequence ?? 0) + 1 }

  /// Whether the last entry has the largest sequence number allowed.
  public var isFull: Bool { nextSequence > MarkJournal.maximumSequence }

  /// The mark with a sequence number, if any.
  public func mark(sequence: Int) -> Mark? { marksBySequence[sequence] }

  /// Every mark ever made, active or not, oldest first.
  public var allMarks: [Mark] {
    entries.compactMap { entry in
      if case .mark(let mark) = entry.operation { return mark }
      return nil
    }
  }

  /// Appends an entry after checking it fits: sequence numbers increase up to
  /// ``maximumSequence``, an undo targets the latest undoable mark, a redo the latest
  /// redoable one.
  public mutating func append(_ entry: JournalEntry) throws(JournalError) {
    guard entry.sequence <= MarkJournal.maximumSequence else {
      throw .sequenceTooLarge(entry.sequence)
    }
    guard entry.sequence > (entries.last?.sequence ?? 0) else {
      throw .sequenceOutOfOrder(entry.sequence)
    }
    switch entry.operation {
    case .mark(let mark):
      guard mark.sequence == entry.sequence else { throw .sequenceOutOfOrder(entry.sequence) }
      marksBySequence[mark.sequence] = mark
      activeMarks.append(mark)
      undoStack.append(mark.sequence)
      redoStack.removeAll()
    case .undo(let target):
      guard undoStack.last == target else { throw .notUndoable(target) }
      undoStack.removeLast()
      redoStack.append(target)
      activeMarks.removeAll { $0.sequence == target }
    case .redo(let target):
      guard redoStack.last == target, let mark = marksBySequence[target] else {
        throw .notRedoable(target)
      }
      redoStack.removeLast()
      undoStack.append(target)
      let position = activeMarks.firstIndex { $0.sequence > target } ?? activeMarks.endIndex
      activeMarks.insert(mark, at: position)
    }
    entries.append(entry)
  }

  /// Whether the mark with this sequence number is in effect.
  public func isActive(_ sequence: Int) -> Bool {
    activeMarks.contains { $0.sequence == sequence }
  }

  /// Encodes one entry as a journal line, ending in a line feed.
  public static func encode(_ entry: JournalEntry) -> String {
    var fields = [String(entry.sequence), entry.madeAt.description]
    switch entry.operation {
    case .mark(let mark):
      var date = ""
      var field = ""
      var value = ""
      if let actionDate = mark.action.date { date = actionDate.description }
      switch mark.action {
      case .correction(let corrected, let newValue):
        field = corrected.rawValue
        value = newValue
      case .declaration(let kind, let paragraphs, let summary, _):
        field = kind.rawValue + ":" + paragraphs.joined(separator: " ")
        value = summary
      case .dismissal(let proposal):
        value = proposal
      case .dataLayer(_, let file):
        value = file
      case .step(let stage, let source, _):
        field = stage.keyword
        value = source
      default: break
      }
      fields += ["mark", "", mark.partyCode, mark.action.keyword, date, field, value, mark.note]
    case .undo(let target):
      fields += ["undo", String(target), "", "", "", "", "", ""]
    case .redo(let target):
      fields += ["redo", String(target), "", "", "", "", "", ""]
    }
    return fields.map(MarkJournal.cleanField).joined(separator: "\t") + "\n"
  }

  /// Removes tabs, line ends and other control characters so a field stays on its line.
  public static func cleanField(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
        result.unicodeScalars.append(" ")
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// The result of reading a journal file.
  public struct Parsed: Sendable {
    /// The journal.
    public var journal: MarkJournal
    /// Bytes of complete lines (where the next entry must be written).
    public var validByteCount: Int
    /// A last line cut short by an interrupted save: ignored, reported here (line number).
    public var incompleteLastLine: Int?
  }

  /// Parses journal bytes strictly; only an unterminated last line (an interrupted save) is
  /// tolerated, and reported in the result rather than applied.
  public static func parse(
    _ bytes: [UInt8], file: String, knownCodes: ParticipantIndex
  ) throws(DataError) -> Parsed {
    var complete = bytes
    var incomplete: Int?
    if let lastNewline = bytes.lastIndex(of: 0x0A) {
      if lastNewline != bytes.count - 1 {
        complete = Array(bytes[...lastNewline])
        incomplete = bytes[...lastNewline].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
      }
    } else if !bytes.isEmpty {
      complete = []
      incomplete = 1
    }
    var journal = MarkJournal()
    if complete.isEmpty {
      return Parsed(journal: journal, validByteCount: 0, incompleteLastLine: incomplete)
    }
    let table = try TSVTable(bytes: complete, file: file, expectedHeader: header)
    for row in table.rows {
      let entry = try parseEntry(row, table: table, knownCodes: knownCodes)
      do {
        try journal.append(entry)
      } catch {
        throw table.error(row, .inconsistent(error.description))
      }
    }
    return Parsed(journal: journal, validByteCount: complete.count, incompleteLastLine: incomplete)
  }

  private static func parseEntry(
    _ row: TSVTable.Row, table: TSVTable, knownCodes: ParticipantIndex
  ) throws(DataError) -> JournalEntry {
    let sequenceText = try table.required(row, 0)
    guard let sequence = Int(sequenceText) else {
      throw table.error(row, .badNumber(column: "sequence", value: sequenceText))
    }
    guard (1...maximumSequence).contains(sequence) else {
      throw table.error(
        row,
        .outOfRange(column: "sequence", value: sequenceText, range: 1...maximumSequence))
    }
    let madeAtText = try table.required(row, 1)
    guard let madeAt = Timestamp(madeAtText) else {
      throw table.error(
        row,
        .unknownValue(column: "made_at", value: madeAtText, allowed: ["YYYY-MM-DDTHH:MM:SSZ"]))
    }
    let operation = row[2]
    switch operation {
    case "undo", "redo":
      let targetText = try table.required(row, 3)
      guard let target = Int(targetText) else {
        throw table.error(row, .badNumber(column: "target", value: targetText))
      }
      return JournalEntry(
        sequence: sequence, madeAt: madeAt,
        operation: operation == "undo" ? .undo(target: target) : .redo(target: target))
    case "mark":
      let kind = row[5]
      if kind == Mark.Action.dataLayerKeyword {
        return try dataLayer(row, table: table, sequence: sequence, madeAt: madeAt)
      }
      let code = try table.required(row, 4)
      guard knownCodes.contains(code) else { throw table.error(row, .unknownParty(code: code)) }
      let action: Mark.Action
      switch kind {
      case "ratification": action = .ratification(try table.date(row, 6))
      case "accession": action = .accession(try table.date(row, 6))
      case "signature": action = .signature(try table.date(row, 6))
      case "denunciation": action = .denunciation(try table.date(row, 6))
      case "correction":
        let fieldText = try table.required(row, 7)
        guard let field = Mark.CorrectableField(rawValue: fieldText) else {
          throw table.error(
            row,
            .unknownValue(
              column: "field", value: fieldText,
              allowed: Mark.CorrectableField.allCases.map(\.rawValue)))
        }
        action = .correction(field, row[8])
      case "declaration":
        action = try declaration(row, table: table)
      case "dismissal":
        action = .dismissal(try table.required(row, 8))
      case "step":
        action = try step(row, table: table)
      default:
        throw table.error(
          row,
          .unknownValue(
            column: "kind", value: kind,
            allowed: [
              "ratification", "accession", "signature", "denunciation", "correction",
              "declaration", "dismissal", Mark.Action.dataLayerKeyword, "step",
            ]))
      }
      let mark = Mark(
        sequence: sequence, madeAt: madeAt, partyCode: code, action: action, note: row[9])
      return JournalEntry(sequence: sequence, madeAt: madeAt, operation: .mark(mark))
    default:
      throw table.error(
        row,
        .unknownValue(column: "operation", value: operation, allowed: ["mark", "undo", "redo"]))
    }
  }
}

extension MarkJournal {
  /// A data layer's entry: no party, the table's date in `date`, the kept file's name in
  /// `value`.
  fileprivate static func dataLayer(
    _ row: TSVTable.Row, table: TSVTable, sequence: Int, madeAt: Timestamp
  ) throws(DataError) -> JournalEntry {
    guard row.isEmpty(4) else {
      throw table.error(row, .inconsistent("a data-layer mark concerns no party"))
    }
    let action = Mark.Action.dataLayer(
      asOf: try table.date(row, 6), file: try table.required(row, 8))
    let mark = Mark(sequence: sequence, madeAt: madeAt, partyCode: "", action: action, note: row[9])
    return JournalEntry(sequence: sequence, madeAt: madeAt, operation: .mark(mark))
  }

  /// A declaration mark's fields: `field` is `KIND:PARAGRAPHS` (`limits-right:11(1) 11(2)`,
  /// `territorial:`), `value` the summary, `date` the deposit's.
  fileprivate static func declaration(
    _ row: TSVTable.Row, table: TSVTable
  ) throws(DataError) -> Mark.Action {
    let field = try table.required(row, 7)
    let parts = field.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
    guard parts.count == 2, let kind = Declaration.Kind(rawValue: String(parts[0])) else {
      throw table.error(
        row,
        .unknownValue(
          column: "field", value: field,
          allowed: Declaration.Kind.allCases.map { $0.rawValue + ":PARAGRAPHS" }))
    }
    let paragraphs = parts[1].split(separator: " ").map(String.init)
    for paragraph in paragraphs where !Declaration.isParagraphReference(paragraph) {
      throw table.error(
        row, .unknownValue(column: "field", value: paragraph, allowed: ["a paragraph like 11(2)"]))
    }
    return .declaration(
      kind, paragraphs: paragraphs, summary: try table.required(row, 8), try table.date(row, 6))
  }
}

extension MarkJournal {
  /// A step mark's fields: `field` is the stage's keyword, `value` the source link (or
  /// empty), `date` the day the stage was reached; the note is checked for length.
  fileprivate static func step(
    _ row: TSVTable.Row, table: TSVTable
  ) throws(DataError) -> Mark.Action {
    let field = try table.required(row, 7)
    guard let stage = PipelineStage(rawValue: field) else {
      throw table.error(
        row,
        .unknownValue(
          column: "field", value: field, allowed: PipelineStage.allCases.map(\.keyword)))
    }
    if let problem = PipelineStep.problem(source: row[8], note: row[9]) {
      throw table.error(row, .inconsistent(problem))
    }
    return .step(stage, source: row[8], try table.date(row, 6))
  }
}

/// A journal entry that does not fit the entries before it.
public enum JournalError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The sequence number does not increase.
  case sequenceOutOfOrder(Int)
  /// The sequence number is larger than ``MarkJournal/maximumSequence``.
  case sequenceTooLarge(Int)
  /// An undo of a mark that is not the latest undoable one.
  case notUndoable(Int)
  /// A redo of a mark that is not the latest redoable one.
  case notRedoable(Int)

  /// A sentence describing the problem.
  public var description: String {
    switch self {
    case .sequenceOutOfOrder(let sequence):
      return "sequence \(sequence) is not after the previous entry"
    case .sequenceTooLarge(let sequence):
      return "sequence \(sequence) is larger than \(MarkJournal.maximumSequence)"
    case .notUndoable(let target): return "mark \(target) is not the latest mark that can be undone"
    case .notRedoable(let target): return "mark \(target) is not the latest mark that can be redone"
    }
  }
}
