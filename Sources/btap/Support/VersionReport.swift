import TreatyModel

/// What `btap --version` prints: the program's version, and the date and place of the
/// shipped data it finds (an installed copy and a source checkout may hold different data).
enum VersionReport {
  /// The first line: `btap 0.2.0`.
  static let programLine = "btap \(ProgramVersion.number)"

  /// Both lines, or the reason the shipped data could not be read.
  static func text(settings: GlobalSettings) throws(CommandFailure) -> String {
    let locations = try CommandContext.resolveLocations(settings)
    let facts: TreatyFacts
    do {
      facts = try TreatyDataset.loadFacts(from: locations.resources)
    } catch {
      throw CommandFailure.from(error)
    }
    return programLine + "\n" + "data as of \(facts.dataAsOf) (\(locations.resources))\n"
  }
}
