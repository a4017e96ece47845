/// The long-form names of states, as depositary notifications write them ("the Independent
/// State of Samoa"), from the shipped `formal-names.tsv`: one row per name, a code may have
/// several.
public struct FormalNames: Sendable {
  /// The file's name inside the shipped data directory.
  public static let fileName = "formal-names.tsv"
  /// The file's header row.
  public static let header = ["iso2", "formal_name"]

  /// Each formal name with the ISO code of its state, in file order.
  public let entries: [(code: String, name: String)]

  /// Creates the table from pairs of code and name.
  public init(entries: [(code: String, name: String)]) {
    self.entries = entries
  }

  /// Loads the table from the shipped data directory; every row's code must belong to a
  /// state btap knows, and every name may appear once.
  public static func load(
    from directory: String, knownCodes: ParticipantIndex
  ) throws(DataError) -> FormalNames {
    let path = FileSystem.join(directory, fileName)
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.read(path)
    } catch {
      throw DataError(file: path, line: nil, problem: .unreadable(reason: error.reason))
    }
    return try parse(bytes, file: path, knownCodes: knownCodes)
  }

  /// Parses the table's bytes strictly.
  public static func parse(
    _ bytes: [UInt8], file: String, knownCodes: ParticipantIndex
  ) throws(DataError) -> FormalNames {
    let table = try TSVTable(bytes: bytes, file: file, expectedHeader: header)
    var entries: [(code: String, name: String)] = []
    var firstLine: [String: Int] = [:]
    for row in table.rows {
      let code = try TreatyDataset.isoCodeText(table, row, 0)
      guard knownCodes.contains(code) else {
        throw table.error(row, .inconsistent("no state btap knows has the code '\(code)'"))
      }
      let name = try table.required(row, 1)
      let folded = TextFolding.fold(name)
      if let first = firstLine[folded] {
        throw table.error(row, .duplicate(column: "formal_name", value: name, firstLine: first))
      }
      firstLine[folded] = row.line
      entries.append((code, name))
    }
    return FormalNames(entries: entries)
  }
}
