import Foundation

/// The shipped `Resources/parties.tsv`, read independently of btap so tests can compare.
struct ShippedParties {
  /// One row of the file.
  struct Row: Equatable {
    let name: String
    let code: String
    let region: String
    let signatureDate: String
    let instrument: String
    let depositDate: String
    let inForceDate: String
  }

  /// Every row, in file order.
  let rows: [Row]
  /// The data's "as of" date from `treaty.tsv`.
  let dataAsOf: String
  /// The threshold from `treaty.tsv`.
  let threshold: Int

  /// Reads the shipped files.
  static func load() throws -> ShippedParties {
    let resources = BtapRunner.repositoryRoot.appendingPathComponent("Resources")
    let text = try String(
      contentsOf: resources.appendingPathComponent("parties.tsv"), encoding: .utf8)
    var rows: [Row] = []
    var sawHeader = false
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      if !sawHeader {
        sawHeader = true
        continue
      }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      rows.append(
        Row(
          name: fields[0], code: fields[1], region: fields[2], signatureDate: fields[3],
          instrument: fields[4], depositDate: fields[5], inForceDate: fields[6]))
    }
    let treaty = try String(
      contentsOf: resources.appendingPathComponent("treaty.tsv"), encoding: .utf8)
    var values: [String: String] = [:]
    for line in treaty.split(separator: "\n") where !line.hasPrefix("#") {
      let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
      if parts.count == 2 { values[parts[0]] = parts[1] }
    }
    return ShippedParties(
      rows: rows, dataAsOf: values["data_as_of"] ?? "",
      threshold: Int(values["threshold_parties"] ?? "") ?? 0)
  }

  /// Rows with a deposit.
  var parties: [Row] { rows.filter { !$0.depositDate.isEmpty } }
  /// Rows with a signature.
  var signatories: [Row] { rows.filter { !$0.signatureDate.isEmpty } }
  /// Signatories without a deposit.
  var signatoriesNotParties: [Row] { signatories.filter { $0.depositDate.isEmpty } }
  /// The deposit that reached the threshold (deposit order: date, then code).
  var thresholdRow: Row? {
    let ordered = parties.sorted { ($0.depositDate, $0.code) < ($1.depositDate, $1.code) }
    return ordered.count >= threshold ? ordered[threshold - 1] : nil
  }
}
