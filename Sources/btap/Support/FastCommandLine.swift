/// A small parser for the two command lines that must start fastest: `btap` alone (the
/// dashboard, or the status when not on a terminal) and `btap status`.
///
/// The argument parser looks options up by reflection, and each first lookup of a
/// conformance scans every conformance record in the binary (Foundation's included): some
/// milliseconds at start-up. This parser accepts only these exact forms, options in any
/// order, each at most once:
///
///     btap [--data-dir DIR] [--plain] [--resources DIR] [--no-mouse] [--ascii]
///     btap status [--data-dir DIR] [--plain] [--resources DIR] [--as-of DATE]
///
/// (`--opt=value` spellings too). Anything else (help, an unknown or repeated option, a
/// missing value) returns nil, and the argument parser handles the command line with its
/// full checks and messages; both paths run the same code afterwards.
enum FastCommandLine {
  /// A recognized command line.
  enum Command: Hashable, Sendable {
    /// `btap` with no command.
    case root(GlobalSettings, mouse: Bool, ascii: Bool)
    /// `btap status`.
    case status(GlobalSettings, asOf: String?)

    /// Runs the command; returns the exit status.
    func run() throws -> Int32 {
      switch self {
      case .root(let settings, let mouse, let ascii):
        return try BtapCommand.runWithoutCommand(
          settings: settings, dashboard: DashboardOptions(mouse: mouse, ascii: ascii))
      case .status(let settings, let asOf):
        try StatusCommand.printStatus(settings: settings, asOf: asOf)
      }
    }
  }

  /// The command, or nil when the argument parser must decide.
  static func parse(_ arguments: [String]) -> Command? {
    var remaining = arguments[...]
    let isStatus = remaining.first == "status"
    if isStatus { remaining = remaining.dropFirst() }
    var settings = GlobalSettings()
    var seen: Set<String> = []
    var asOf: String?
    var mouse = true
    var ascii = false
    while let argument = remaining.popFirst() {
      var name = argument
      var inlineValue: String?
      if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
        name = String(argument[..<equals])
        inlineValue = String(argument[argument.index(after: equals)...])
      }
      guard seen.insert(name).inserted else { return nil }
      func value() -> String? {
        if let inlineValue { return inlineValue }
        guard let next = remaining.first, !next.hasPrefix("-") else { return nil }
        remaining = remaining.dropFirst()
        return next
      }
      switch name {
      case "--data-dir":
        guard let text = value() else { return nil }
        settings.dataDirectory = text
      case "--resources":
        guard let text = value() else { return nil }
        settings.resources = text
      case "--plain" where inlineValue == nil:
        settings.plain = true
      case "--as-of" where isStatus:
        guard let text = value() else { return nil }
        asOf = text
      case "--no-mouse" where !isStatus && inlineValue == nil:
        mouse = false
      case "--ascii" where !isStatus && inlineValue == nil:
        ascii = true
      default:
        return nil
      }
    }
    return isStatus ? .status(settings, asOf: asOf) : .root(settings, mouse: mouse, ascii: ascii)
  }
}
