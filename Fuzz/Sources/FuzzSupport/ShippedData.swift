@testable import TreatyModel

/// The shipped data, read once from the checkout's `Resources/`: the context some readers
/// check a file against (the facts behind `parties.tsv`, the codes a journal may name).
enum ShippedData {
  /// The checkout's resource directory, found from this file's place in the tree.
  static let directory: String = {
    var path = "\(#filePath)"
    for _ in 0..<4 { path = FileSystem.directoryName(of: path) }
    return FileSystem.join(path, "Resources")
  }()

  /// Every shipped file, loaded strictly.
  static let dataset: TreatyDataset = {
    do {
      return try TreatyDataset.load(from: directory)
    } catch {
      FuzzCheck.fail("the shipped data does not load: \(error)")
    }
  }()

  /// The listed signatories and parties.
  static let listed: [Participant] = dataset.participants.filter(\.isListed)

  /// The listed signatories' and parties' codes, indexed.
  static let listedIndex = ParticipantIndex(listed)

  /// Every code a mark may name: signatories, parties and eligible states.
  static let participantCodes = dataset.participantIndex

  /// The day the targets take as today.
  static let today = CalendarDate(year: 2026, month: 11, day: 25) ?? CalendarDate(dayNumber: 0)
}
