import Foundation
import Testing

/// The dashboard, travelled back to a date with `t`, lists the same states with the same
/// statuses as `btap parties --as-of` printed from the same shell, read off the screen page
/// by page.
@Suite("One truth, end to end in tmux", .serialized)
struct OneTruthEndToEndTests {
  /// Name and status of every row `btap parties --status all --as-of DATE --format csv` wrote.
  static func printedRows(_ session: TmuxSession, binary: String, date: String) throws -> [String] {
    let file = session.dataDirectory + "/../parties-\(date).csv"
    try session.run(
      "\(TmuxSession.quote(binary)) parties --status all --as-of \(date) --format csv"
        + " --data-dir \(TmuxSession.quote(session.dataDirectory)) > \(TmuxSession.quote(file))")
    _ = try session.waitForPrompt()
    let text = try String(contentsOfFile: file, encoding: .utf8)
    return text.split(separator: "\n").dropFirst().map { line in
      // Names in the shipped data hold no commas or quotes, so the fields split plainly.
      let fields = line.split(separator: ",", omittingEmptySubsequences: false)
      return "\(fields[0]) | \(fields[7])"
    }.sorted()
  }

  /// Name and status of every row the zoomed Parties pane shows, paging from the top.
  static func listedRows(_ session: TmuxSession) throws -> [String] {
    try session.press("g")
    var rows: Set<String> = []
    var previous = ""
    for _ in 0..<20 {
      let screen = try session.screen()
      if screen == previous { break }
      previous = screen
      let lines = screen.split(separator: "\n").map(String.init)
      guard let header = lines.first(where: { $0.contains("Name") && $0.contains("Status") })
      else { throw EndToEndFailure("no column header", screen: screen) }
      let name = try column(header, "Name")
      let code = try column(header, "ISO")
      let status = try column(header, "Status")
      for line in lines {
        let characters = Array(line)
        guard characters.count > status, let glyph = characters.dropFirst(name - 2).first,
          "●◐○·◑×".contains(glyph)
        else { continue }
        let rowName = String(characters[name..<code]).trimmingCharacters(in: .whitespaces)
          .trimmingCharacters(in: CharacterSet(charactersIn: "✎"))
          .trimmingCharacters(in: .whitespaces)
        let rowStatus = String(characters[status...]).trimmingCharacters(
          in: CharacterSet(charactersIn: " ┃│"))
        let word = rowStatus.split(whereSeparator: { $0 == "," || $0 == " " }).first ?? ""
        rows.insert("\(rowName) | \(word)")
      }
      try session.press("PageDown")
      usleep(150_000)
    }
    return rows.sorted()
  }

  /// The character offset at which a column's title starts in the header row.
  static func column(_ header: String, _ title: String) throws -> Int {
    guard let range = header.range(of: title) else {
      throw EndToEndFailure("no \(title) column", screen: header)
    }
    return header.distance(from: header.startIndex, to: range.lowerBound)
  }

  @Test(
    "on three dates, the dashboard's rows are btap parties' rows",
    arguments: [
      "2014-07-09", "2019-12-31", "2021-01-24",
    ])
  func sameRows(date: String) throws {
    let session = try TmuxSession(columns: 200, rows: 50)
    defer { session.close() }
    let binary = try BtapBinary.locate()
    let printed = try Self.printedRows(session, binary: binary, date: date)
    try session.run(
      "\(TmuxSession.quote(binary)) --data-dir \(TmuxSession.quote(session.dataDirectory))")
    _ = try session.waitForScreen(containing: "q quit", timeout: 15)
    try session.press("4", "t")
    for _ in 0..<10 { try session.press("BSpace") }
    try session.type(date)
    try session.press("Enter")
    _ = try session.waitForScreen(containing: "viewing as of \(date)")
    try session.press("z")
    try session.wait(for: "the Parties pane zoomed") {
      let screen = try session.screen()
      return !screen.contains("╭1 Overview") && screen.contains("Status")
    }
    let listed = try Self.listedRows(session)
    #expect(listed.count == printed.count)
    #expect(listed == printed)
    try session.press("q")
    _ = try session.waitForPrompt()
  }
}
