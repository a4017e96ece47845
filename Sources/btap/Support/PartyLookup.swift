import TreatyModel

/// Finds the participant a user means: by ISO code, or by name ignoring case and accents
/// (an exact name first, then a part of a name that only one participant has).
enum PartyLookup {
  /// The participant, or a data error that says why none was chosen.
  static func find(_ query: String, in ledger: Ledger) throws(CommandFailure) -> Participant {
    if let found = ledger.find(query) { return found }
    let folded = TextFolding.fold(query)
    let matches =
      folded.isEmpty
      ? []
      : ledger.participants.filter { $0.withNameUTF8 { TextFolding.text($0, contains: folded) } }
    if matches.count > 1 {
      let names = matches.prefix(8).map { "\($0.name) (\($0.code))" }.joined(separator: ", ")
      throw .data(
        "'\(query)' matches several: \(names)\(matches.count > 8 ? ", …" : ""); "
          + "give the ISO code or the full name")
    }
    throw .data(MarkError.unknownParty(query).description)
  }
}
