import Foundation
import Testing

/// `btap parties` in every format, checked with standard readers against the shipped data.
@Suite struct PartiesCommandTests {
  static let header = [
    "name", "iso2", "region", "signature_date", "instrument", "deposit_date", "in_force_date",
    "status",
  ]

  @Test func csvParsesIntoEveryRowAndAgreesWithTheShippedData() throws {
    let shipped = try ShippedParties.load()
    let result = try BtapRunner().run(["parties", "--format", "csv"])
    #expect(result.status == 0)
    #expect(result.error.isEmpty)
    let records = try StandardReaders.csv(result.output)
    #expect(records.first == PartiesCommandTests.header)
    let rows = Array(records.dropFirst())
    #expect(rows.count == shipped.rows.count)
    #expect(rows.count == 99)
    #expect(rows.allSatisfy { $0.count == 8 })
    #expect(try StandardReaders.rfc4180(result.output) == records)
    let byCode = Dictionary(uniqueKeysWithValues: rows.map { ($0[1], $0) })
    for expected in shipped.rows {
      let row = try #require(byCode[expected.code], "missing \(expected.code)")
      #expect(row[0] == expected.name)
      #expect(row[2] == expected.region)
      #expect(row[3] == expected.signatureDate)
      #expect(row[4] == expected.instrument)
      #expect(row[5] == expected.depositDate)
      #expect(row[6] == expected.inForceDate, "in force date of \(expected.code)")
      #expect(row[7] == (expected.depositDate.isEmpty ? "signatory" : "party"))
    }
  }

  @Test func jsonIsValidRoundTripsAndAgreesWithCSV() throws {
    let runner = try BtapRunner()
    let json = try runner.run(["parties", "--format", "json"])
    let csv = try runner.run(["parties", "--format", "csv"])
    #expect(json.status == 0)
    let objects = try #require(try StandardReaders.json(json.output) as? [[String: String]])
    #expect(objects.count == 99)
    #expect(objects.allSatisfy { Set($0.keys) == Set(PartiesCommandTests.header) })
    let again = try JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys])
    let reparsed = try #require(
      try JSONSerialization.jsonObject(with: again) as? [[String: String]])
    #expect(reparsed == objects)
    let records = Array(try StandardReaders.csv(csv.output).dropFirst())
    let fromJSON = objects.map { object in PartiesCommandTests.header.map { object[$0] ?? "?" } }
    #expect(fromJSON == records)
  }

  @Test func tsvHasEightColumnsOnEveryLine() throws {
    let result = try BtapRunner().run(["parties", "--format", "tsv"])
    #expect(result.status == 0)
    #expect(result.lines.first == PartiesCommandTests.header.joined(separator: "\t"))
    #expect(result.lines.count == 100)
    #expect(
      result.lines.allSatisfy {
        $0.split(separator: "\t", omittingEmptySubsequences: false).count == 8
      })
  }

  @Test func filtersByStatusRegionAndDate() throws {
    let shipped = try ShippedParties.load()
    let runner = try BtapRunner()
    func rows(_ arguments: [String]) throws -> [[String]] {
      let result = try runner.run(["parties", "--format", "csv"] + arguments)
      #expect(result.status == 0, "\(arguments): \(result.error)")
      return Array(try StandardReaders.csv(result.output).dropFirst())
    }
    #expect(try rows(["--status", "party"]).count == shipped.parties.count)
    #expect(try rows(["--status", "signatory"]).count == shipped.signatoriesNotParties.count)
    let europe = try rows(["--region", "europe", "--status", "party"])
    #expect(europe.count == shipped.parties.filter { $0.region == "Europe" }.count)
    #expect(europe.allSatisfy { $0[2] == "Europe" })
    let latin = try rows(["--region", "latin america and caribbean"])
    #expect(latin.allSatisfy { $0[2] == "Latin America & Caribbean" })
    #expect(!latin.isEmpty)
    let before = try rows(["--status", "party", "--as-of", "2019-12-31"])
    #expect(before.count == 29)
    #expect(before.allSatisfy { $0[6].isEmpty && $0[5] <= "2019-12-31" })
  }

  @Test func humanTableAndPlainText() throws {
    let runner = try BtapRunner()
    let table = try runner.run(["parties", "--status", "party"])
    #expect(table.status == 0)
    #expect(table.lines.count == 2 + 48)
    #expect(table.lines[1].hasPrefix("─"))
    #expect(table.output.contains("● party"))
    #expect(!table.output.contains("\u{1B}"), "no colour when not on a terminal")
    let plain = try runner.run(["parties", "--status", "party", "--plain"])
    #expect(plain.status == 0)
    #expect(plain.lines.count == 48)
    #expect(!plain.output.contains("─") && !plain.output.contains("●"))
    #expect(plain.lines.contains { $0.hasPrefix("Name: China; ISO: CN; Region: Asia-Pacific;") })
  }

  @Test(arguments: [
    (["parties", "--format", "xml"], "is invalid for '--format"),
    (["parties", "--status", "friend"], "is invalid for '--status"),
    (["parties", "--region", "Atlantis"], "unknown region 'Atlantis'"),
    (["parties", "--bogus"], "Unknown option '--bogus'"),
  ])
  func rejectsMalformedArguments(arguments: [String], message: String) throws {
    let result = try BtapRunner().run(arguments)
    #expect(result.status == 64)
    #expect(result.output.isEmpty)
    #expect(result.error.hasPrefix("btap: error: "))
    #expect(result.error.contains(message))
  }
}
