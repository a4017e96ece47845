import TerminalUI
import TreatyModel

/// The "record a step" dialog: the stage a state reached on its way to depositing, the date,
/// the source link and a short note.
public struct StepDialogState: Hashable, Sendable {
  /// The dialog's text fields, in Tab order.
  public enum Field: Int, CaseIterable, Hashable, Sendable {
    /// The date the stage was reached.
    case date
    /// Where the evidence is.
    case source
    /// A short quote or note.
    case note

    /// The label before the field.
    public var label: String {
      switch self {
      case .date: return "Date"
      case .source: return "Source"
      case .note: return "Note"
      }
    }
  }

  /// The longest date typed: `YYYY-MM-DD`.
  static let dateLength = 10

  /// The party's ISO code.
  public var partyCode: String
  /// The party's name (for the title).
  public var partyName: String
  /// The chosen stage.
  public var stage: PipelineStage
  /// The date being typed.
  public var date: TextField
  /// The source link being typed.
  public var source: TextField
  /// The note being typed.
  public var note: TextField
  /// The field that takes typed keys.
  public var focus: Field = .date
  /// A problem with the input, shown in the dialog.
  public var error: String?

  /// Opens the dialog for a party at `stage`, with today's date.
  public init(partyCode: String, partyName: String, stage: PipelineStage, today: CalendarDate) {
    self.partyCode = partyCode
    self.partyName = partyName
    self.stage = stage
    date = TextField(text: today.description, maxLength: StepDialogState.dateLength)
    source = TextField(
      maxLength: PipelineStep.maximumSourceLength, placeholder: "https://… (optional)")
    note = TextField(maxLength: PipelineStep.maximumNoteLength, placeholder: "(optional)")
  }

  /// The stage to propose for a state: the one after its furthest recorded step, the first
  /// when it has none, the last once it is there.
  public static func proposedStage(after steps: [PipelineStep]) -> PipelineStage {
    guard let furthest = PipelineStep.furthest(of: steps) else {
      return PipelineStage.allCases[0]
    }
    let stages = PipelineStage.allCases
    return stages[min(furthest.stage.number, stages.count - 1)]
  }

  /// The field with a name.
  public func text(of field: Field) -> TextField {
    switch field {
    case .date: return date
    case .source: return source
    case .note: return note
    }
  }

  /// Moves to the next or previous stage, wrapping around.
  public mutating func cycleStage(by step: Int) {
    let stages = PipelineStage.allCases
    let index = stages.firstIndex(of: stage) ?? 0
    stage = stages[(index + step % stages.count + stages.count) % stages.count]
    error = nil
  }

  /// Moves to the next or previous field, wrapping around.
  public mutating func cycleFocus(by step: Int) {
    let fields = Field.allCases
    focus = fields[(focus.rawValue + step % fields.count + fields.count) % fields.count]
  }

  /// Applies an editing key to the focused field; the date takes digits and dashes only.
  public mutating func edit(_ key: Key) {
    switch focus {
    case .date:
      if case .character(let character) = key, !(character.isNumber || character == "-") {
        return
      }
      date.handle(key)
    case .source: source.handle(key)
    case .note: note.handle(key)
    }
    error = nil
  }

  /// The source link as saved: without surrounding spaces.
  public var sourceText: String { StepDialogState.trimmed(source.text) }
  /// The note as saved: without surrounding spaces.
  public var noteText: String { StepDialogState.trimmed(note.text) }

  /// What is wrong with the input, or nil when it can be saved.
  public var problem: String? {
    guard CalendarDate(date.text) != nil else {
      return "'\(date.text)' is not a date: use YYYY-MM-DD"
    }
    return PipelineStep.problem(source: sourceText, note: noteText)
  }

  /// The mark's action, when the input can be saved.
  public var action: Mark.Action? {
    guard problem == nil, let day = CalendarDate(date.text) else { return nil }
    return .step(stage, source: sourceText, day)
  }

  private static func trimmed(_ text: String) -> String {
    var slice = Substring(text)
    while slice.first == " " { slice = slice.dropFirst() }
    while slice.last == " " { slice = slice.dropLast() }
    return String(slice)
  }
}
