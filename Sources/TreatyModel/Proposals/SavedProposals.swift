/// The proposals read from notifications the user imported, kept in
/// `<data dir>/proposals.tsv`; read strictly and saved atomically.
///
/// One `event` row per proposal, followed by one `declaration` row per declaration it
/// carries. A proposal is never edited once saved: importing the same notification again
/// adds nothing.
public struct SavedProposals: Hashable, Sendable {
  /// The file's name inside the data directory.
  public static let fileName = "proposals.tsv"
  /// The header row.
  public static let header = [
    "id", "entry", "party", "kind", "date", "date_exact", "notification", "confidence",
    "source", "link", "articles", "text",
  ]
  /// The largest notification number accepted.
  public static let maximumNotification = 999_999

  /// The proposals, in the order they were imported.
  public private(set) var events: [ProposedEvent]

  /// What an import did.
  public struct MergeResult: Hashable, Sendable {
    /// The proposals added.
    public let added: [ProposedEvent]
    /// Proposals left out because one with the same identifier was already saved.
    public let alreadyKnown: [ProposedEvent]
  }

  /// Saved proposals made of these events.
  public init(events: [ProposedEvent] = []) {
    self.events = events
  }

  /// Loads the file from a data directory; a missing file means none.
  public static func load(directory: String, knownCodes: ParticipantIndex) throws(StoreError)
    -> SavedProposals
  {
    try UserDataFile.load(fileName, in: directory, missing: SavedProposals()) {
      bytes, path throws(DataError) in try parse(bytes, file: path, knownCodes: knownCodes)
    }
  }

  /// Parses the file's bytes strictly; every error names the file and line.
  public static func parse(
    _ bytes: [UInt8], file: String, knownCodes: ParticipantIndex
  ) throws(DataError) -> SavedProposals {
    let table = try TSVTable(bytes: bytes, file: file, expectedHeader: header)
    var events: [ProposedEvent] = []
    var firstLine: [String: Int] = [:]
    for row in table.rows {
      let identifier = try table.required(row, 0)
      switch row.fields[1] {
      case "event":
        if let first = firstLine[identifier] {
          throw table.error(row, .duplicate(column: "id", value: identifier, firstLine: first))
        }
        firstLine[identifier] = row.line
        events.append(try event(row, table: table, knownCodes: knownCodes))
      case "declaration":
        guard let last = events.last, last.id == identifier else {
          throw table.error(
            row, .inconsistent("declaration for '\(identifier)' does not follow its event"))
        }
        let paragraphs = row.fields[10].split(separator: " ").map(String.init)
        for paragraph in paragraphs where !Declaration.isParagraphReference(paragraph) {
          throw table.error(
            row,
            .unknownValue(column: "articles", value: paragraph, allowed: ["a paragraph like 11(2)"])
          )
        }
        events[events.count - 1].declarations.append(
          ProposedDeclaration(text: try table.required(row, 11), paragraphs: paragraphs))
      default:
        throw table.error(
          row,
          .unknownValue(column: "entry", value: row.fields[1], allowed: ["event", "declaration"]))
      }
    }
    return SavedProposals(events: events)
  }

  private static func event(
    _ row: TSVTable.Row, table: TSVTable, knownCodes: ParticipantIndex
  ) throws(DataError) -> ProposedEvent {
    let code = try TreatyDataset.isoCodeText(table, row, 2)
    guard knownCodes.contains(code) else { throw table.error(row, .unknownParty(code: code)) }
    let kind = try table.value(row, 3, as: ProposedEvent.Kind.self)
    let date = try table.date(row, 4)
    guard row.fields[5] == "yes" || row.fields[5] == "no" else {
      throw table.error(
        row, .unknownValue(column: "date_exact", value: row.fields[5], allowed: ["yes", "no"]))
    }
    var notification: Int?
    if !row.fields[6].isEmpty {
      guard let number = Int(row.fields[6]) else {
        throw table.error(row, .badNumber(column: "notification", value: row.fields[6]))
      }
      guard (1...maximumNotification).contains(number) else {
        throw table.error(
          row,
          .outOfRange(column: "notification", value: row.fields[6], range: 1...maximumNotification))
      }
      notification = number
    }
    let confidence = try table.value(row, 7, as: ProposedEvent.Confidence.self)
    let sourceText = try table.required(row, 8)
    let sourceParts = sourceText.split(separator: ":", maxSplits: 1)
    guard sourceParts.count == 2,
      let sourceKind = ProposalSource.Kind(rawValue: String(sourceParts[0]))
    else {
      throw table.error(
        row, .unknownValue(column: "source", value: sourceText, allowed: ["file:PATH", "news:ID"]))
    }
    return ProposedEvent(
      id: row.fields[0], partyCode: code, kind: kind, date: date,
      isDateExact: row.fields[5] == "yes",
      notification: notification, declarations: [],
      source: ProposalSource(
        kind: sourceKind, reference: String(sourceParts[1]), link: row.fields[9]),
      confidence: confidence, excerpt: row.fields[11])
  }

  /// The file's content: a comment, the header and the rows.
  public func encoded() -> [UInt8] {
    var text =
      "# proposals btap read from depositary notifications you imported\n"
      + SavedProposals.header.joined(separator: "\t") + "\n"
    func line(_ fields: [String]) {
      text += fields.map(MarkJournal.cleanField).joined(separator: "\t") + "\n"
    }
    for event in events {
      line([
        event.id, "event", event.partyCode, event.kind.rawValue, event.date.description,
        event.isDateExact ? "yes" : "no", event.notification.map(String.init) ?? "",
        event.confidence.rawValue, "\(event.source.kind.rawValue):\(event.source.reference)",
        event.source.link, "", event.excerpt,
      ])
      for declaration in event.declarations {
        line([
          event.id, "declaration", "", "", "", "", "", "", "", "",
          declaration.paragraphs.joined(separator: " "), declaration.text,
        ])
      }
    }
    return Array(text.utf8)
  }

  /// Saves the file atomically (temporary file, fsync, rename).
  public func save(directory: String) throws(StoreError) {
    do {
      try FileSystem.writeAtomically(
        encoded(), to: FileSystem.join(directory, SavedProposals.fileName))
    } catch {
      throw .file(error)
    }
  }

  /// Adds the incoming events whose identifiers are new.
  public mutating func merge(_ incoming: [ProposedEvent]) -> MergeResult {
    var identifiers = Set(events.map(\.id))
    var added: [ProposedEvent] = []
    var known: [ProposedEvent] = []
    for event in incoming {
      if identifiers.insert(event.id).inserted {
        added.append(event)
      } else {
        known.append(event)
      }
    }
    events += added
    return MergeResult(added: added, alreadyKnown: known)
  }
}
