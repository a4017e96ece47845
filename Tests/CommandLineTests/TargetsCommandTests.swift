import Foundation
import Testing

/// `btap targets`: the states a campaign works on, from the real binary.
@Suite struct TargetsCommandTests {
  /// The data rows of a CSV output, header left out.
  private func rows(_ result: RunResult) throws -> [[String]] {
    Array(try StandardReaders.csv(result.output).dropFirst())
  }

  @Test(
    "wppt-not-btap lists the 74 WPPT parties outside BTAP; a mark making one a party removes it")
  func wpptPartiesAndAMark() throws {
    let runner = try BtapRunner()
    let before = try runner.run(["targets", "--group", "wppt-not-btap", "--format", "csv"])
    #expect(before.status == 0, "\(before.error)")
    #expect(
      before.lines.first == "group,name,iso2,region,status,wppt,wct,rome,marrakesh")
    let listed = try rows(before)
    #expect(listed.count == 74)
    #expect(listed.allSatisfy { $0[0] == "wppt-not-btap" && !$0[5].isEmpty })
    #expect(Set(listed.map { $0[2] }).count == 74)
    #expect(listed.contains { $0[2] == "AT" && $0[4] == "signatory" && $0[5] == "2009-12-14" })
    #expect(!listed.contains { $0[2] == "CN" })

    let mark = try runner.run(["mark", "Austria", "--ratification", "--date", "2025-10-05"])
    #expect(mark.status == 0, "\(mark.error)")
    let after = try rows(
      try runner.run(["targets", "--group", "wppt-not-btap", "--format", "csv"]))
    #expect(after.count == 73)
    #expect(!after.contains { $0[2] == "AT" })

    #expect(try runner.run(["undo"]).status == 0)
    let undone = try rows(
      try runner.run(["targets", "--group", "wppt-not-btap", "--format", "csv"]))
    #expect(undone.count == 74)
  }

  @Test("every group with its count; region and date filters; JSON")
  func groupsRegionsAndDates() throws {
    let runner = try BtapRunner()
    let table = try runner.run(["targets"])
    #expect(table.status == 0, "\(table.error)")
    #expect(
      table.lines.prefix(4) == [
        "Signed, not ratified: 51 (signed the Beijing Treaty but deposited no instrument)",
        "WPPT, not BTAP: 74 (protect performers on sound recordings (WPPT) but not on screen)",
        "Rome, not BTAP: 71 (joined the Rome Convention but not the Beijing Treaty)",
        "None of these: 43 (WIPO members outside the Beijing Treaty, the WPPT and Rome)",
      ])
    #expect(table.output.contains("Austria"))

    let african = try rows(
      try runner.run(["targets", "--region", "africa", "--group", "signatories", "--format", "csv"])
    )
    #expect(!african.isEmpty && african.allSatisfy { $0[3] == "Africa" && $0[4] == "signatory" })

    let early = try rows(
      try runner.run([
        "targets", "--as-of", "2012-07-01", "--group", "wppt-not-btap", "--format",
        "csv",
      ]))
    // China joined the WPPT in 2007 and this treaty in 2014: a target in 2012 only.
    #expect(early.contains { $0[2] == "CN" && $0[4] == "signatory" })
    #expect(early.allSatisfy { $0[5] <= "2012-07-01" })

    let json = try runner.run(["targets", "--group", "other-members", "--format", "json"])
    let objects = try #require(try StandardReaders.json(json.output) as? [[String: String]])
    #expect(objects.count == 43)
    #expect(
      objects.allSatisfy { $0["wppt"] == "" && $0["rome"] == "" && $0["status"] == "eligible" })
  }

  @Test("an unknown group is a usage error; a broken related-treaties.tsv is a data error")
  func badInput() throws {
    let runner = try BtapRunner()
    let unknown = try runner.run(["targets", "--group", "friends"])
    #expect(unknown.status == 64)
    #expect(unknown.error.contains("'friends' is invalid for '--group"))

    let resources = try BtapRunner.readableResources()
    let path = resources + "/related-treaties.tsv"
    var text = try String(contentsOfFile: path, encoding: .utf8)
    text = text.replacingOccurrences(of: "WPPT\tAustria\tAT", with: "WPPT\tAustralia\tAT")
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let broken = try runner.run(["targets", "--resources", resources])
    #expect(broken.status == 65)
    #expect(broken.error.contains("related-treaties.tsv:369: 'Australia' does not match 'Austria'"))
    #expect(broken.output.isEmpty)
  }
}
