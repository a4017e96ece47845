import TreatyModel

/// Options for the full-screen dashboard, taken from the command line.
struct DashboardOptions {
  /// Whether mouse clicks and the wheel are used.
  var mouse = true
  /// Whether to draw with ASCII and block characters only.
  var ascii = false
}

/// Opens the full-screen dashboard on the given data; returns the process exit status.
func runDashboard(locations: DataLocations, options: DashboardOptions) throws -> Int32 {
  let workspace = try Workspace.open(locations: locations)
  let progress = workspace.rules.progress(
    of: workspace.ledger.participants, on: Clock.system.today)
  print("btap: \(progress.parties) parties of \(progress.threshold) needed (dashboard coming soon)")
  return 0
}
