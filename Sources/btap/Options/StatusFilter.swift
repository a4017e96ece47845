import ArgumentParser

/// Which participants `btap parties` lists.
enum StatusFilter: String, CaseIterable, ExpressibleByArgument, Sendable {
  /// Parties: deposited an instrument and not withdrawn (bound or about to be).
  case party
  /// Signatories that have not deposited an instrument (those in process included).
  case signatory
  /// States with a recorded step on their way and no instrument deposited.
  case inProcess = "in-process"
  /// Everyone who had signed or joined by the date.
  case all
}
