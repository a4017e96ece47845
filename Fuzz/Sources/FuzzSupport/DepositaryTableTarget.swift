@testable import TreatyModel

/// Reads any input as comma-separated values and as a depositary table: errors are
/// `file:line: problem` on one line; records start on increasing lines, and written back with
/// every field quoted they read the same; a table read matches only states btap knows, each
/// once, with dates the treaty's rules allow.
public enum DepositaryTableTarget {
  /// The file name errors must name.
  static let file = "table.csv"
  /// The names a table is matched against.
  static let names = StateNameIndex(
    participants: ShippedData.dataset.participants,
    formalNames: FormalNames(entries: []))

  /// Runs one input.
  public static func run(_ bytes: [UInt8]) {
    let csv: CSVTable
    do {
      csv = try CSVTable(bytes: bytes, file: file)
    } catch {
      ErrorShape.check(error, file: file, bytes: bytes)
      return
    }
    var previous = 0
    for record in csv.records {
      FuzzCheck.require(record.line > previous, "record on line \(record.line) after \(previous)")
      FuzzCheck.require(record.fields.count == csv.header.count, "a record of another width")
      previous = record.line
    }
    let rewritten = ([csv.header] + csv.records.map(\.fields)).map { fields in
      fields.map { "\"" + $0.replacing("\"", with: "\"\"") + "\"" }.joined(separator: ",")
    }.joined(separator: "\r\n")
    do {
      let again = try CSVTable(bytes: Array(rewritten.utf8), file: file)
      FuzzCheck.require(again.header == csv.header, "the header changed when written back")
      FuzzCheck.require(
        again.records.map(\.fields) == csv.records.map(\.fields),
        "the records changed when written back")
    } catch {
      FuzzCheck.fail("the table written back does not read: \(error)")
    }
    let facts = ShippedData.dataset.facts
    do {
      let table = try DepositaryTable.parse(
        csv, names: names, facts: facts, latest: ShippedData.today)
      var seen = Set<String>()
      for entry in table.layer.entries {
        FuzzCheck.require(ShippedData.participantCodes.contains(entry.code), "unknown code")
        FuzzCheck.require(seen.insert(entry.code).inserted, "\(entry.code) twice")
        if let deposit = entry.depositDate {
          FuzzCheck.require(deposit <= ShippedData.today, "a deposit after the table's date")
          FuzzCheck.require(entry.instrument != nil, "a deposit without an instrument")
        }
      }
    } catch {
      ErrorShape.check(error, file: file, bytes: bytes)
    }
  }
}
