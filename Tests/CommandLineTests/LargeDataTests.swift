import Foundation
import Testing

/// `btap` on data far larger than it ships (the heap is readied for it: LargeDataHeap), read
/// as strictly and counted as exactly as the shipped data.
@Suite struct LargeDataTests {
  /// A copy of the shipped data with `count` more signatories appended to `parties.tsv`,
  /// every other one a party by accession; the file passes the large-data threshold.
  private func largeResources(adding count: Int) throws -> String {
    let copy = try BtapRunner.readableResources()
    let path = copy + "/parties.tsv"
    var text = try String(contentsOfFile: path, encoding: .utf8)
    for index in 0..<count {
      // Codes QAAA, QAAB, …: four capitals, none of them a real state's.
      let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
      let code =
        "Q" + String([letters[index / 676 % 26], letters[index / 26 % 26], letters[index % 26]])
      let deposit = index.isMultiple(of: 2) ? "accession\t2019-05-11\t2020-04-28" : "\t\t"
      text +=
        "Large State \(index)\t\(code)\tEurope\t2013-01-18\t\(deposit)\t\t"
        + "https://example.org/states/\(index)\n"
    }
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return copy
  }

  @Test("ten thousand more parties: status counts them, the list shows each once")
  func tenThousandMoreParties() throws {
    let shipped = try ShippedParties.load()
    let added = 10_000
    let resources = try largeResources(adding: added)
    let runner = try BtapRunner()
    let status = try runner.run(["status", "--resources", resources])
    #expect(status.status == 0, "\(status.error)")
    #expect(status.output.contains("had \(shipped.parties.count + added / 2) parties"))
    #expect(
      status.output.contains("Of its \(shipped.signatories.count + added) signatories"))
    let list = try runner.run(["parties", "--format", "csv", "--resources", resources])
    #expect(list.status == 0, "\(list.error)")
    let rows = list.lines.dropFirst()
    #expect(rows.count == shipped.rows.count + added)
    #expect(rows.filter { $0.hasPrefix("Large State 9999,QOUP,") }.count == 1)
  }

  @Test("a bad row deep in a large file is named by its line, and btap stops")
  func aBadRowIsNamed() throws {
    let resources = try largeResources(adding: 6_000)
    let path = resources + "/parties.tsv"
    var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
    let bad = lines.count - 100
    lines[bad] = lines[bad].replacingOccurrences(of: "2013-01-18", with: "2013-02-30")
    try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    let result = try BtapRunner().run(["status", "--resources", resources])
    #expect(result.status != 0)
    #expect(result.output.isEmpty)
    #expect(result.error.contains("parties.tsv:\(bad + 1): bad date '2013-02-30'"))
  }
}
