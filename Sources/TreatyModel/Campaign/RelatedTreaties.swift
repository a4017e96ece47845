/// Who belongs to the sister treaties (``RelatedTreaty``), loaded strictly from the shipped
/// `related-treaties.tsv` and indexed by ISO code.
///
/// Only the campaign views need it, so it is loaded apart from ``TreatyDataset`` and only when
/// asked for: the dashboard's first frame never waits for it.
public struct RelatedTreaties: Hashable, Sendable {
  /// The shipped file's name.
  public static let fileName = "related-treaties.tsv"
  /// The header the file must have.
  static let header = [
    "treaty", "party", "iso2", "signature_date", "instrument", "instrument_date", "in_force_date",
  ]
  /// The instruments WIPO records for these treaties.
  public static let instruments = [
    "Ratification", "Accession", "Declaration of Continued Application",
    "Declaration/Notification of Succession",
  ]

  /// Every row, in file order.
  public let memberships: [RelatedMembership]
  /// The rows of each code, in file order.
  private let positionsByCode: [String: [Int]]

  /// Creates the index over membership records.
  public init(memberships: [RelatedMembership]) {
    self.memberships = memberships
    var positions: [String: [Int]] = [:]
    for (position, membership) in memberships.enumerated() {
      positions[membership.code, default: []].append(position)
    }
    positionsByCode = positions
  }

  /// The sister treaties the state with `code` was a party to on `date`, in list order.
  public func treaties(partyTo code: String, on date: CalendarDate) -> [RelatedTreaty] {
    guard let positions = positionsByCode[code] else { return [] }
    return positions.map { memberships[$0] }.filter { $0.isParty(on: date) }.map(\.treaty).sorted()
  }

  /// The record of `code` with `treaty`, if WIPO lists it (signed or joined).
  public func membership(of code: String, in treaty: RelatedTreaty) -> RelatedMembership? {
    positionsByCode[code]?.lazy.map { memberships[$0] }.first { $0.treaty == treaty }
  }

  /// Loads the shipped file from `directory`; each row's ISO code must be one btap knows
  /// (`participants`), under the same name.
  public static func load(
    from directory: String, participants: [Participant]
  ) throws(DataError) -> RelatedTreaties {
    let path = FileSystem.join(directory, fileName)
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.read(path)
    } catch {
      throw DataError(file: path, line: nil, problem: .unreadable(reason: error.reason))
    }
    let table = try TSVTable(bytes: bytes, file: path, expectedHeader: header)
    return try parse(table, participants: participants)
  }

  /// Parses the table: known treaties and codes, names that agree with btap's, real dates,
  /// an instrument exactly when there is an instrument date, each state once per treaty.
  static func parse(
    _ table: TSVTable, participants: [Participant]
  ) throws(DataError) -> RelatedTreaties {
    var nameByCode: [String: String] = [:]
    for participant in participants { nameByCode[participant.code] = participant.name }
    var firstLine: [String: Int] = [:]
    var memberships: [RelatedMembership] = []
    memberships.reserveCapacity(table.rows.count)
    for row in table.rows {
      let treaty = try table.value(row, 0, as: RelatedTreaty.self)
      let name = try table.required(row, 1)
      let code = try TreatyDataset.isoCodeText(table, row, 2)
      guard let knownName = nameByCode[code] else {
        throw table.error(row, .inconsistent("'\(code)' is in neither parties.tsv nor states.tsv"))
      }
      guard knownName == name else {
        throw table.error(
          row,
          .inconsistent("'\(name)' does not match '\(knownName)', btap's name for \(code)"))
      }
      let key = treaty.rawValue + " " + code
      if let first = firstLine[key] {
        throw table.error(row, .duplicate(column: "iso2", value: code, firstLine: first))
      }
      firstLine[key] = row.line
      let instrument = row.fields[4]
      if !instrument.isEmpty, !instruments.contains(instrument) {
        throw table.error(
          row, .unknownValue(column: "instrument", value: instrument, allowed: instruments))
      }
      let signature = try table.optionalDate(row, 3)
      let instrumentDate = try table.optionalDate(row, 5)
      let inForce = try table.optionalDate(row, 6)
      switch (instrument.isEmpty, instrumentDate) {
      case (true, .some): throw table.error(row, .emptyField(column: "instrument"))
      case (false, nil): throw table.error(row, .emptyField(column: "instrument_date"))
      default: break
      }
      if instrumentDate == nil, signature == nil {
        throw table.error(row, .inconsistent("neither signed nor joined"))
      }
      memberships.append(
        RelatedMembership(
          treaty: treaty, code: code, signatureDate: signature, instrument: instrument,
          instrumentDate: instrumentDate, inForceDate: inForce))
    }
    return RelatedTreaties(memberships: memberships)
  }
}
