import Foundation
import Testing

/// `btap chart` and `btap map --format svg`: the road so far and pictures to share, from the
/// real binary; SVG files are read back with Python's XML parser.
@Suite struct PicturesCommandTests {
  /// What Python's `xml.etree` finds in an SVG document: the root's tag, every class and
  /// code of the elements with a `data-iso2`, and every text, as JSON.
  private func parsedSVG(_ text: String) throws -> [String: Any] {
    let script = """
      import json, sys, xml.etree.ElementTree as ET
      root = ET.fromstring(sys.stdin.buffer.read())
      ns = '{http://www.w3.org/2000/svg}'
      coded = [{'tag': e.tag.replace(ns, ''), 'class': e.get('class'), 'iso2': e.get('data-iso2')}
               for e in root.iter() if e.get('data-iso2')]
      texts = [''.join(e.itertext()) for e in root.iter(ns + 'text')]
      print(json.dumps({'root': root.tag, 'coded': coded, 'texts': texts}))
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = ["-c", script]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(text.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "the SVG is not well-formed XML")
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test("btap chart draws the parties since 2012 with the threshold and entry into force")
  func terminalChart() throws {
    let result = try BtapRunner().run(["chart", "--as-of", "2025-10-01"])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.lines.first == "Parties over time: 48 parties, 48 bound on 2025-10-01")
    #expect(result.lines.contains { $0.hasPrefix(" 30 ") })
    #expect(result.lines.contains { $0.contains("2013") && $0.contains("2025") })
    #expect(result.lines.last == "⣿ parties  ⡀ bound  ⠉⠉ 30 needed  ⡇ in force 2020-04-28")
  }

  @Test("--plain and --format csv give the counts year by year")
  func yearByYear() throws {
    let runner = try BtapRunner()
    let plain = try runner.run(["chart", "--plain", "--as-of", "2025-10-01"])
    #expect(plain.status == 0)
    #expect(
      plain.lines.first
        == "Year: 2012; Counted on: 2012-12-31; Parties: 0; Bound: 0; Deposits that year: 0.")
    #expect(
      plain.lines.last
        == "Year: 2025; Counted on: 2025-10-01; Parties: 48; Bound: 48; Deposits that year: 0.")
    let rows = try StandardReaders.csv(
      try runner.run(["chart", "--format", "csv", "--as-of", "2020-06-30"]).output)
    #expect(rows.first == ["year", "date", "parties", "bound", "deposits"])
    let total = rows.dropFirst().compactMap { Int($0[4]) }.reduce(0, +)
    #expect(rows.last?[2] == String(total))
    #expect(rows.contains { $0[0] == "2019" && $0[2] == "29" && $0[3] == "0" })
  }

  @Test("the map SVG is XML with one path per country, its status as its class")
  func mapSVG() throws {
    let runner = try BtapRunner()
    let result = try runner.run(["map", "--format", "svg", "--as-of", "2025-10-01"])
    #expect(result.status == 0, "\(result.error)")
    let parsed = try parsedSVG(result.output)
    #expect(parsed["root"] as? String == "{http://www.w3.org/2000/svg}svg")
    let coded = try #require(parsed["coded"] as? [[String: String]])
    let codes = coded.compactMap { $0["iso2"] }
    #expect(Set(codes).count == codes.count)
    #expect(coded.allSatisfy { $0["tag"] == "path" })
    func classes(_ code: String) -> String? { coded.first { $0["iso2"] == code }?["class"] }
    #expect(classes("CN") == "country status-party")
    #expect(classes("FR") == "country status-signatory")
    #expect(classes("CA") == "country status-eligible")
    let parties = coded.filter { $0["class"] == "country status-party" }.count
    #expect(parties >= 40 && parties <= 48)
    let texts = try #require(parsed["texts"] as? [String])
    #expect(texts.contains("Made with Natural Earth"))
    #expect(texts.contains { $0.hasPrefix("Data as of 2025-10-01 (") })

    let early = try parsedSVG(try runner.run(["map", "--as-of", "2016-01-01"]).output)
    let earlyCoded = try #require(early["coded"] as? [[String: String]])
    #expect(earlyCoded.first { $0["iso2"] == "DZ" }?["class"] == "country status-eligible")
  }

  @Test("the targets map classes each state that is not a party by its first group")
  func targetsMapSVG() throws {
    let result = try BtapRunner().run(["map", "--targets", "--as-of", "2025-10-01"])
    let coded = try #require(try parsedSVG(result.output)["coded"] as? [[String: String]])
    func classes(_ code: String) -> String? { coded.first { $0["iso2"] == code }?["class"] }
    #expect(classes("AT") == "country target-signatories")
    #expect(classes("CA") == "country target-wppt-not-btap")
    #expect(classes("IN") == "country target-wppt-not-btap")
    #expect(classes("CN") == "country status-party")
  }

  @Test("the chart SVG is XML with one circle per deposit, its depositor's status as its class")
  func chartSVG() throws {
    let result = try BtapRunner().run(["chart", "--format", "svg", "--as-of", "2019-12-31"])
    #expect(result.status == 0, "\(result.error)")
    let parsed = try parsedSVG(result.output)
    let coded = try #require(parsed["coded"] as? [[String: String]])
    #expect(coded.count == 29)
    #expect(coded.allSatisfy { $0["tag"] == "circle" && $0["class"] == "deposit status-pending" })
    let texts = try #require(parsed["texts"] as? [String])
    #expect(texts.contains { $0.contains("29 parties, 0 bound on 2019-12-31") })
    #expect(!texts.contains { $0.hasPrefix("in force") })
  }

  @Test("a name with markup in a mark's data cannot break the SVG")
  func escaping() throws {
    let runner = try BtapRunner()
    let mark = try runner.run([
      "mark", "Austria", "--ratification", "--date", "2025-10-05", "--note", "<b>&\"'</b>",
    ])
    #expect(mark.status == 0, "\(mark.error)")
    for arguments in [["map"], ["chart", "--format", "svg"], ["map", "--targets"]] {
      _ = try parsedSVG(try runner.run(arguments).output)
    }
  }
}
