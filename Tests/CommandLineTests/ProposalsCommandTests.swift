import Foundation
import Testing

/// `btap notifications import`, `btap proposals`, `accept` and `dismiss`, on the built binary.
@Suite struct ProposalsCommandTests {
  /// A notification, written for this test after the depositary's pattern, of a deposit by
  /// a signatory that has not ratified in the shipped data (Germany).
  static let germany = """
    Beijing Notification No. 60
    Beijing Treaty on Audiovisual Performances
    Ratification by the Federal Republic of Germany
    The Director General of the World Intellectual Property Organization (WIPO) has the honor
    to notify the deposit by the Government of the Federal Republic of Germany, on February 2,
    2026, of its instrument of ratification of the Beijing Treaty on Audiovisual Performances,
    adopted at Beijing on June 24, 2012.
    The date of entry into force will be notified under Article 26.
    https://www.wipo.int/treaties/en/notifications/beijing/treaty_beijing_60.html
    """

  /// A notification of a deposit the shipped data already has (Kiribati's accession).
  static let kiribati = """
    Beijing Notification No. 44
    Accession by the Republic of Kiribati
    The Director General has the honor to notify the deposit by the Government of the
    Republic of Kiribati, on March 22, 2021, of its instrument of accession to the Beijing
    Treaty on Audiovisual Performances, adopted at Beijing on June 24, 2012.
    """

  private func write(_ text: String) throws -> String {
    let path = NSTemporaryDirectory() + "btap-notice-\(UUID().uuidString).txt"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func importAcceptShowUndoAndReimport() throws {
    let runner = try BtapRunner()
    let file = try write(Self.germany)
    let imported = try runner.run(["notifications", "import", file])
    #expect(imported.status == 0, "\(imported.error)")
    #expect(
      imported.lines.first
        == "Read Beijing Notification No. 60: ratification by Germany on 2026-02-02 (certain).")
    #expect(imported.lines.dropFirst().first == "Proposal 60: proposed, new.")

    let json = try runner.run(["proposals", "--format", "json"])
    let list = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
    let germany = try #require(list.first { $0["id"] as? String == "60" })
    #expect(germany["status"] as? String == "proposed")
    #expect((germany["party"] as? [String: String]) == ["name": "Germany", "code": "DE"])
    #expect(germany["kind"] as? String == "ratification")
    #expect(germany["deposit_date"] as? String == "2026-02-02")
    #expect(germany["notification"] as? Int == 60)
    #expect((germany["declarations"] as? [Any])?.isEmpty == true)
    let source = try #require(germany["source"] as? [String: String])
    #expect(source["kind"] == "file" && source["reference"] == file)
    #expect(
      source["link"]
        == "https://www.wipo.int/treaties/en/notifications/beijing/treaty_beijing_60.html")
    let table = try runner.run(["proposals"])
    #expect(table.lines.contains { $0.hasPrefix("60 ") && $0.contains("proposed") })

    let accept = try runner.run(["proposals", "accept", "60"])
    #expect(accept.status == 0, "\(accept.error)")
    #expect(accept.lines.first == "Recorded mark 1: Germany: ratification deposited on 2026-02-02.")
    let show = try runner.run(["show", "Germany"])
    #expect(show.output.contains("Joined:   ratification deposited on 2026-02-02"))
    #expect(show.output.contains("In force: 2026-05-02"))
    #expect(
      show.output.contains(
        "note: Beijing Notification No. 60 https://www.wipo.int/treaties/en/notifications/beijing/treaty_beijing_60.html"
      ))
    let confirmed = try runner.run(["proposals"])
    #expect(confirmed.lines.contains { $0.hasPrefix("60 ") && $0.contains("confirmed") })

    let undo = try runner.run(["undo"])
    #expect(undo.output == "Undid mark 1: Germany: ratification deposited on 2026-02-02.\n")
    #expect(try runner.run(["show", "DE"]).output.contains("Joined:  no instrument deposited"))

    let again = try runner.run(["notifications", "import", file])
    #expect(again.status == 0)
    #expect(again.lines.last == "Proposal 60 was already imported; it is proposed.")
    let after = try runner.run(["proposals", "--format", "json"])
    #expect(after.output.components(separatedBy: "\"id\": \"60\"").count == 2)
  }

  @Test func aDepositTheShippedDataHasIsConfirmed() throws {
    let runner = try BtapRunner()
    let imported = try runner.run(["notifications", "import", try write(Self.kiribati)])
    #expect(imported.status == 0, "\(imported.error)")
    #expect(imported.lines.last == "Proposal 44: confirmed, already known (shipped data).")
    let accept = try runner.run(["proposals", "accept", "44"])
    #expect(accept.output == "Proposal 44 is already known (shipped data); nothing to record.\n")
    #expect(try runner.run(["history"]).output == "No marks yet.\n")
  }

  @Test func pastedOnStandardInputThenDismissedAndUndone() throws {
    let runner = try BtapRunner()
    let file = try write(Self.germany)
    let started = try BtapRunner.start(
      [
        "-c", "exec \"$0\" notifications import - --data-dir \"$1\" < \"$2\"", BtapRunner.binary,
        runner.dataDirectory, file,
      ], executable: "/bin/sh")
    let pasted = try started.finish()
    #expect(pasted.status == 0, "\(pasted.error)")
    #expect(pasted.lines.dropFirst().first == "Proposal 60: proposed, new.")
    let dismiss = try runner.run(["proposals", "dismiss", "60"])
    #expect(dismiss.output == "Dismissed proposal 60 (mark 1).\n")
    #expect(
      try runner.run(["proposals"]).lines.contains {
        $0.hasPrefix("60 ") && $0.contains("dismissed")
      })
    _ = try runner.run(["undo"])
    #expect(
      try runner.run(["proposals"]).lines.contains {
        $0.hasPrefix("60 ") && $0.contains("proposed")
      })
  }

  @Test func unknownStatesOtherTreatiesAndBadInput() throws {
    let runner = try BtapRunner()
    let unknown = try runner.run([
      "notifications", "import",
      try write(
        Self.germany.replacingOccurrences(
          of: "Federal Republic of Germany", with: "Kingdom of Elbonia")),
    ])
    #expect(unknown.status == 65)
    #expect(unknown.error.contains("names 'Kingdom of Elbonia', which is not a state btap knows"))
    let other = try runner.run([
      "notifications", "import",
      try write(Self.germany.replacingOccurrences(of: "Beijing", with: "Marrakesh")),
    ])
    #expect(other.status == 0)
    #expect(other.output.contains("a notification of another treaty"))
    let missing = try runner.run(["notifications", "import", "/nonexistent/notice.txt"])
    #expect(missing.status == 74)
    let noSuch = try runner.run(["proposals", "accept", "999"])
    #expect(noSuch.status == 65)
    #expect(noSuch.error == "btap: error: no proposal has the id '999' (see 'btap proposals')\n")
    #expect(!FileManager.default.fileExists(atPath: runner.dataDirectory + "/proposals.tsv"))
  }
}
