import ArgumentParser
import TerminalUI
import TreatyModel

/// `btap step PARTY --stage STAGE --date DATE [--source URL] [--note TEXT]`: records a step a
/// state took on its way to depositing, with its evidence, in the marks journal.
struct StepCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "step",
    abstract: "Record a step a state took on its way to depositing, with its evidence.",
    discussion: """
      A state with a step and no instrument deposited counts as in process (◔, 'i' in \
      ASCII) in every list, count and map, from the step's date on. A step is a mark like \
      any other: 'btap undo' withdraws it and 'btap redo' brings it back; 'btap pipeline' \
      lists the states in process, 'btap show PARTY' their timeline. A step cannot be dated \
      after the state's deposit, nor after today.

      The stages, in the order states usually pass them:
      \(PipelineStage.helpList)
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "A name (case and accents do not matter) or an ISO 3166 alpha-2 code.")
  var party: String

  @Option(
    help: ArgumentHelp(
      "The stage reached: consultation, before-parliament, approved or awaiting-deposit.",
      valueName: "STAGE"))
  var stage: PipelineStage

  @Option(
    help: ArgumentHelp("When it was reached (YYYY-MM-DD, not after today).", valueName: "DATE"))
  var date: String

  @Option(
    help: ArgumentHelp("Where the evidence is: a web address (https://…).", valueName: "URL"))
  var source: String = ""

  @Option(
    help: ArgumentHelp(
      "A short quote or note, at most \(PipelineStep.maximumNoteLength) characters.",
      valueName: "TEXT"))
  var note: String = ""

  mutating func run() throws {
    if let problem = PipelineStep.problem(source: source, note: note) {
      throw CommandFailure.usage(problem)
    }
    var context = try CommandContext.open(global.settings)
    let day = try DateArgument.parse(date, option: "--date", notAfter: context.today)
    let participant = try PartyLookup.find(party, in: context.workspace.ledger)
    let result: MarkStore.SaveResult
    do {
      result = try context.workspace.mark(
        code: participant.code, action: .step(stage, source: source, day), note: note,
        clock: context.clock)
    } catch {
      throw CommandFailure.from(error)
    }
    let snapshot = TreatySnapshot(ledger: context.workspace.ledger, on: context.today)
    var text = "Recorded mark \(result.entry.sequence): "
    if case .mark(let mark) = result.entry.operation {
      text += HistoryTable.describe(mark.action, name: participant.name) + ".\n"
    }
    if let standing = snapshot.standing(code: participant.code) {
      text += "\(standing.name) is now \(standing.status.phrase).\n"
    }
    text +=
      "\(Wording.count(snapshot.counts.inProcess, "state is", "states are")) in process.\n"
    if result.externalEntries > 0 {
      text +=
        "(\(result.externalEntries) change\(result.externalEntries == 1 ? "" : "s") "
        + "saved meanwhile by another btap \(result.externalEntries == 1 ? "was" : "were") kept.)\n"
    }
    StandardStreams.output(TextSanitizer.cleanLines(text))
  }
}
