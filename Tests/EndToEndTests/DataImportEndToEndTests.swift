import Foundation
import Testing

/// `btap data import --apply` from the shell moves the dashboard's count and its "data as of";
/// `u` in the dashboard takes the table away again.
@Suite("Data import, end to end in tmux", .serialized)
struct DataImportEndToEndTests {
  /// The shipped `parties.tsv` as a contracting-parties table in the public dataset's format,
  /// with Germany's ratification added and Armenia's accession a day later.
  static func changedTable(filePath: String = #filePath) throws -> String {
    let root = URL(fileURLWithPath: filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let text = try String(
      contentsOf: root.appendingPathComponent("Resources/parties.tsv"), encoding: .utf8)
    var lines = [
      "Contracting Party,Treaty,Signature Date,Instrument Type,Instrument Date,Entry Into Force Date"
    ]
    for line in text.split(separator: "\n").dropFirst(2) {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      switch fields[1] {
      case "DE": lines.append("Germany,Beijing,2013-06-20,Ratification,2026-01-15,2026-04-15")
      case "AM": lines.append("Armenia,Beijing,,Accession,2020-12-18,2021-03-18")
      default:
        let instrument = fields[4].prefix(1).uppercased() + fields[4].dropFirst()
        lines.append(
          [fields[0], "Beijing", fields[3], instrument, fields[5], fields[6]].joined(
            separator: ","))
      }
    }
    return lines.map { $0 + "\n" }.joined()
  }

  @Test(
    "applied from the shell: the header counts the new party and its data date moves; u undoes it")
  func applyMovesTheHeader() throws {
    let session = try TmuxSession()
    defer { session.close() }
    let table = session.dataDirectory + "/../parties.csv"
    try Self.changedTable().write(toFile: table, atomically: true, encoding: .utf8)
    let binary = TmuxSession.quote(try BtapBinary.locate())
    let data = TmuxSession.quote(session.dataDirectory)

    let before = try DashboardEndToEndTests.startDashboard(in: session, expecting: 48)
    #expect(DashboardEndToEndTests.line(before, containing: "data as of 2025-10-01") != nil)
    try session.press("q")
    try session.waitForPrompt()

    try session.run(
      "\(binary) data import \(TmuxSession.quote(table)) --apply --as-of 2026-01-20 --data-dir \(data)"
    )
    let printed = try session.waitForScreen(containing: "Applied as mark 1")
    #expect(printed.contains("Germany (DE), line 36: instrument none → ratification"))
    try session.waitForPrompt()

    let after = try DashboardEndToEndTests.startDashboard(in: session, expecting: 49)
    let header = try #require(DashboardEndToEndTests.line(after, containing: "data as of"))
    #expect(header.contains("data as of 2026-01-20"))

    try session.press("u")
    let undone = try session.waitForScreen(
      containing: DashboardEndToEndTests.headerCount(48), "data as of 2025-10-01")
    #expect(undone.contains("the depositary's table as of 2026-01-20"))
    try session.press("q")
    try session.waitForPrompt()
  }
}
