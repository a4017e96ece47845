import CursesBackend
import Dashboard
import TerminalUI
import TreatyModel

#if canImport(Glibc)
  import Glibc
#endif

/// Options for the full-screen dashboard, taken from the command line.
struct DashboardOptions {
  /// Whether mouse clicks and the wheel are used.
  var mouse = true
  /// Whether to draw with ASCII and block characters only.
  var ascii = false
}

/// Opens the full-screen dashboard on the given data, then ends the process with its status.
///
/// The data is loaded (and any problem reported) before the terminal is taken over; once it
/// is, the terminal is restored on every way out: quit, Ctrl-C, SIGTERM, SIGHUP or an error.
/// Quitting exits 0; a termination signal, once the terminal is restored and the interface
/// state saved, exits with the conventional 128 plus the signal's number (143 for SIGTERM).
/// The process ends here, without freeing the data row by row: with 10 000 parties that took
/// longer than drawing the first frame, and the system takes the memory back at once.
func runDashboard(locations: DataLocations, options: DashboardOptions) throws -> Never {
  LargeDataHeap.prepare(for: locations, includingNews: true)
  let workspace = try Workspace.open(locations: locations)
  let terminal = try CursesTerminal(options: CursesOptions(mouse: options.mouse))
  defer { terminal.restore() }
  var runner = DashboardRunner(
    backend: terminal, workspace: workspace, clock: .system,
    theme: Theme(isASCII: options.ascii || !localeIsUTF8()))
  do {
    try runner.run()
  } catch {
    terminal.restore()
    throw error
  }
  // `run` restored the terminal and did the saves due at exit.
  terminal.restore()
  Glibc.exit(terminal.terminatingSignal.map { 128 + $0 } ?? 0)
}

/// Whether the user's locale asks for UTF-8 (else the dashboard draws in ASCII).
private func localeIsUTF8() -> Bool {
  for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
    if let value = FileSystem.environment(name) {
      let lowered = value.lowercased()
      return lowered.contains("utf-8") || lowered.contains("utf8")
    }
  }
  return false
}
