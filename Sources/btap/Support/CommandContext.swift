import TreatyModel

/// What a command runs against: the workspace (shipped data and user data), today's date and
/// the output style.
struct CommandContext {
  /// The shipped data and the user's data.
  var workspace: Workspace
  /// The clock marks are stamped with.
  let clock: Clock
  /// Today, in the local time zone.
  let today: CalendarDate
  /// How to write output.
  let style: OutputStyle

  /// Resolves the locations and opens the workspace (without the news files for a command
  /// that shows no news).
  static func open(
    _ options: GlobalSettings, includingNews: Bool = true
  ) throws(CommandFailure) -> CommandContext {
    let locations = try resolveLocations(options)
    LargeDataHeap.prepare(for: locations, includingNews: includingNews)
    let workspace: Workspace
    do {
      workspace = try Workspace.open(locations: locations, includingNews: includingNews)
    } catch {
      throw CommandFailure.from(error)
    }
    let clock = Clock.system
    return CommandContext(
      workspace: workspace, clock: clock, today: clock.today,
      style: OutputStyle(plain: options.plain))
  }

  /// Where the data is, from the options and the environment; the user's data directory
  /// must be a directory when it exists.
  static func resolveLocations(_ options: GlobalSettings) throws(CommandFailure) -> DataLocations {
    let locations: DataLocations
    do {
      locations = try DataLocations.resolve(
        dataDirectory: options.dataDirectory, resourcesDirectory: options.resources)
    } catch {
      throw CommandFailure.from(error)
    }
    if FileSystem.exists(locations.userData), !FileSystem.isDirectory(locations.userData) {
      throw .inputOutput("\(locations.userData): the data directory is not a directory")
    }
    return locations
  }

  /// The date given with `--as-of`, or today.
  func date(asOf text: String?) throws(CommandFailure) -> CalendarDate {
    guard let text else { return today }
    return try DateArgument.parse(text, option: "--as-of", notAfter: today)
  }
}
