import ArgumentParser
import TerminalUI
import TreatyModel

#if canImport(Glibc)
  import Glibc
#endif

/// `btap`: the dashboard on a terminal, and plain commands over the same data for scripts,
/// cron jobs and screen readers.
@main
struct BtapCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "btap",
    abstract: "The WIPO Beijing Treaty on Audiovisual Performances, in the terminal.",
    discussion: """
      With no command, btap opens the dashboard when standard output is a terminal, and \
      prints the status paragraph otherwise. Exit statuses: 0 success, 64 usage error, \
      65 data error (unknown party, bad or future date, refused mark, malformed file), \
      74 file or directory not readable or writable.

      btap knows the treaty as of its shipped data's date and your own marks; btap status \
      says how old that is, and the dashboard's header warns once it is over \
      \(DataAge.staleAfterDays) days old. \(DataAge.refreshAdvice)
      """,
    version: VersionReport.programLine,
    subcommands: [
      StatusCommand.self, PartiesCommand.self, ShowCommand.self, RightsCommand.self,
      NewsCommand.self, FeedsCommand.self, MarkCommand.self, UndoCommand.self, RedoCommand.self,
      HistoryCommand.self, NotificationsCommand.self, DataCommand.self, ProposalsCommand.self,
      TargetsCommand.self, StepCommand.self, PipelineCommand.self,
      ChartCommand.self, MapCommand.self, ManualCommand.self,
    ]
  )

  @OptionGroup var global: GlobalOptions

  /// Mouse input in the dashboard.
  @Flag(name: .customLong("no-mouse"), help: "Dashboard: do not use the mouse.")
  var noMouse = false

  /// ASCII drawing in the dashboard.
  @Flag(help: "Dashboard: draw with ASCII and block characters only.")
  var ascii = false

  mutating func run() throws {
    let status = try BtapCommand.runWithoutCommand(
      settings: global.settings, dashboard: DashboardOptions(mouse: !noMouse, ascii: ascii))
    if status != 0 { throw ExitCode(status) }
  }

  /// `btap` alone: the dashboard on a terminal (unless `--plain`), else the status paragraph.
  static func runWithoutCommand(
    settings: GlobalSettings, dashboard: DashboardOptions
  ) throws -> Int32 {
    if StandardStreams.outputIsTerminal && !settings.plain {
      let locations = try CommandContext.resolveLocations(settings)
      try runDashboard(locations: locations, options: dashboard)
    }
    try StatusCommand.printStatus(settings: settings, asOf: nil)
  }

  /// Parses the command line, runs the command and exits with its status; errors go to
  /// standard error as `btap: error: …`.
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    let status: Int32
    do {
      if arguments == ["--version"] {
        // The data's date too, which the parser's fixed version string cannot know.
        StandardStreams.output(try VersionReport.text(settings: GlobalSettings()))
        status = ExitStatus.success.rawValue
      } else if let fast = FastCommandLine.parse(arguments) {
        status = try fast.run()
      } else {
        var command = try parseAsRoot(arguments)
        try command.run()
        status = ExitStatus.success.rawValue
      }
    } catch {
      status = report(error)
    }
    Glibc.exit(status)
  }

  /// Writes the message for an error and returns the exit status.
  private static func report(_ error: any Error) -> Int32 {
    if let exitCode = error as? ExitCode { return exitCode.rawValue }
    let failure = CommandFailure.from(error)
    if failure.status == .software {
      // Help, version, completion scripts and the parser's own errors.
      let code = exitCode(for: error)
      if code == .success {
        StandardStreams.output(fullMessage(for: error) + "\n")
        return ExitStatus.success.rawValue
      }
      var message = message(for: error)
      if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
      let usage = TextSanitizer.clean(message)
      StandardStreams.error("btap: error: \(usage)\n(see 'btap --help')\n")
      return code == .validationFailure ? ExitStatus.usage.rawValue : code.rawValue
    }
    let lines = failure.message.split(separator: "\n", omittingEmptySubsequences: false)
    let clean = lines.map { TextSanitizer.clean(String($0)) }.joined(separator: "\n")
    StandardStreams.error("btap: error: \(clean)\n")
    return failure.status.rawValue
  }
}
