import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real `btap` binary, full screen in a private tmux server at 120×40, driven with keys
/// as a user would: marks saved to disk and shown, a restart that remembers them, undo,
/// resizing, and the terminal given back after `q`, Ctrl-C and SIGTERM.
///
/// tmux is required: without it these tests fail (CI installs it), they never skip.
@Suite("Dashboard, end to end in tmux", .serialized)
struct DashboardEndToEndTests {
  /// The header's gauge label for a party count: "48 parties · 30 needed".
  static func headerCount(_ parties: Int) -> String { "\(parties) parties · 30 needed" }

  /// The gauge line of the header: the bar and its label.
  static func gaugeLine(_ screen: String) -> String? {
    screen.split(separator: "\n").first { $0.contains(" parties · 30 needed") }.map(String.init)
  }

  /// Starts btap from the session's shell on the session's data directory and waits for the
  /// first full frame.
  static func startDashboard(in session: TmuxSession, expecting parties: Int) throws -> String {
    let binary = try BtapBinary.locate()
    try session.run(
      "\(TmuxSession.quote(binary)) --data-dir \(TmuxSession.quote(session.dataDirectory))")
    return try session.waitForScreen(
      containing: headerCount(parties), "Overview", "Parties", "q quit", timeout: 15)
  }

  /// The first line of the screen that contains the text (to expect on one line, not a
  /// whole screen: a failing expectation prints the values it compared).
  static func line(_ screen: String, containing text: String) -> String? {
    screen.split(separator: "\n").first { $0.contains(text) }.map(String.init)
  }

  /// The journal's data lines, split into fields.
  static func journal(_ session: TmuxSession) throws -> [[String]] {
    let path = session.dataDirectory + "/marks.tsv"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return text.split(separator: "\n")
      .filter { !$0.hasPrefix("#") && !$0.hasPrefix("sequence\t") }
      .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
  }

  /// Whether the journal has a mark line for the party, kind and date.
  static func hasMark(_ lines: [[String]], party: String, kind: String, date: String) -> Bool {
    lines.contains {
      $0.count >= 7 && $0[2] == "mark" && $0[4] == party && $0[5] == kind && $0[6] == date
    }
  }

  /// Checks, from the shell that ran btap, that the terminal is the shell's again.
  ///
  /// The prompt is back, the pane is off the alternate screen and shows the shell, and `stty`
  /// reports echo and canonical input on. Returns the exit status the shell saw.
  @discardableResult
  static func expectTerminalRestored(_ session: TmuxSession) throws -> String {
    try session.waitForPrompt()
    #expect(try !session.isAlternateScreenOn(), "the pane is still on the alternate screen")
    let shellScreen = try session.screen()
    let dashboardGone = !shellScreen.contains("needed ·") && !shellScreen.contains("Overview")
    #expect(
      dashboardGone,
      "the dashboard is still drawn: \(EndToEndFailure.summary(of: shellScreen))")
    try session.run(
      #"echo "STATUS:$?"; stty -a | tr ' ;' '\n\n' | grep -x -- '-\?\(echo\|icanon\)' | sed 's/^/TTY:/'"#
    )
    let screen = try session.waitForScreen("the stty report") { screen in
      screen.split(separator: "\n").filter { $0.hasPrefix("TTY:") }.count >= 2
        && TmuxSession.lastNonBlankLine(screen) == TmuxSession.prompt
    }
    let lines = screen.split(separator: "\n").map(String.init)
    let modes = Set(lines.filter { $0.hasPrefix("TTY:") }.map { String($0.dropFirst(4)) })
    #expect(modes == ["echo", "icanon"], "stty after btap reports \(modes.sorted())")
    let status = lines.last { $0.hasPrefix("STATUS:") }.map { String($0.dropFirst(7)) } ?? "?"
    return status
  }

  @Test("mark a ratification and an accession, see them, find them on disk, undo after a restart")
  func markSaveRestartUndo() throws {
    let session = try TmuxSession()
    defer { session.close() }
    #expect(try session.paneFormat("#{pane_width}x#{pane_height}") == "120x40")

    // 1. A signatory that is not a party: the United Kingdom ratifies.
    let first = try Self.startDashboard(in: session, expecting: 48)
    let gaugeBefore = try #require(Self.gaugeLine(first))
    #expect(gaugeBefore.contains("+18 beyond"))
    try session.press("4")
    try session.press("/")
    try session.type("United K")
    try session.waitForScreen(containing: "/United K", "United Kingdom")
    try session.press("Enter")
    try session.press("m")
    try session.waitForScreen(containing: "Mark a change for United Kingdom")
    try session.press("r")
    for _ in 0..<10 { try session.press("BSpace") }
    try session.type("2026-01-15")
    try session.waitForScreen(containing: "◉ r ratification", "2026-01-15")
    try session.press("Enter")
    let marked = try session.waitForScreen(containing: Self.headerCount(49))
    let gaugeAfter = try #require(Self.gaugeLine(marked))
    #expect(gaugeAfter.contains("+19 beyond"))
    let barBefore = gaugeBefore.components(separatedBy: "48 parties")[0]
    let barAfter = gaugeAfter.components(separatedBy: "49 parties")[0]
    #expect(barBefore != barAfter, "the gauge did not move:\n\(barBefore)\n\(barAfter)")
    #expect(Self.line(marked, containing: "Saved ratification by United Kingdom") != nil)
    #expect(
      Self.line(marked, containing: "United Kingdom ")?.contains("✎ GB  2026-01-15 R") == true)

    // 2. A state that never signed: Canada accedes. `e` lists every state.
    try session.press("e")
    try session.press("Escape")
    try session.waitForScreen("the filter cleared") { !$0.contains("/United K") }
    try session.press("/")
    try session.type("Canada")
    try session.waitForScreen(containing: "/Canada", "· Canada")
    try session.press("Enter")
    try session.press("m")
    try session.waitForScreen(containing: "Mark a change for Canada")
    try session.press("a")
    for _ in 0..<10 { try session.press("BSpace") }
    try session.type("2026-02-20")
    try session.waitForScreen(containing: "◉ a accession", "2026-02-20")
    try session.press("Enter")
    try session.waitForScreen(containing: Self.headerCount(50), "Saved accession by Canada")
    try session.press("q")
    try session.waitForPrompt()
    let saved = try Self.journal(session)
    #expect(Self.hasMark(saved, party: "GB", kind: "ratification", date: "2026-01-15"), "\(saved)")
    #expect(Self.hasMark(saved, party: "CA", kind: "accession", date: "2026-02-20"), "\(saved)")
    #expect(saved.count == 2, "\(saved)")

    // 3. Again on the same data: the marks are back (the filter on Canada is remembered).
    let again = try Self.startDashboard(in: session, expecting: 50)
    #expect(Self.line(again, containing: "Canada ")?.contains("✎ CA  2026-02-20 A") == true)
    try session.press("u")
    let undone = try session.waitForScreen(containing: Self.headerCount(49), "Undid accession")
    #expect(Self.line(undone, containing: "Canada ").map { !$0.contains("✎") } == true)
    try session.press("q")
    try session.waitForPrompt()
    let afterUndo = try Self.journal(session)
    #expect(afterUndo.count == 3, "\(afterUndo)")
    #expect(afterUndo.last.map { $0.count > 3 && $0[2] == "undo" } == true, "\(afterUndo)")
  }

  @Test("too small a window says so; enlarged again, the dashboard comes back")
  func resizeTooSmallAndBack() throws {
    let session = try TmuxSession()
    defer { session.close() }
    _ = try Self.startDashboard(in: session, expecting: 48)
    let pid = try session.waitForChild(named: "btap")
    try session.resize(columns: 40, rows: 10)
    try session.waitForScreen(containing: "Terminal too small")
    #expect(TmuxSession.isRunning(pid))
    try session.resize(columns: 120, rows: 40)
    let back = try session.waitForScreen(
      "the full dashboard again",
      until: {
        $0.contains("Parties") && $0.contains("Overview") && $0.contains(Self.headerCount(48))
          && !$0.contains("Terminal too small")
      })
    #expect(Self.line(back, containing: "Beijing Treaty on Audiovisual Performances") != nil)
    #expect(TmuxSession.isRunning(pid), "btap exited after the resize")
    try session.press("q")
    try Self.expectTerminalRestored(session)
  }

  @Test("the header flags data over 90 days old in reverse video, and ? says how to catch up")
  func headerShowsTheDataAge() throws {
    let session = try TmuxSession()
    defer { session.close() }
    let screen = try Self.startDashboard(in: session, expecting: 48)
    // The shipped data is from 2025-10-01; the machine's clock is well past 90 days after it.
    let header = try #require(Self.line(screen, containing: "data as of 2025-10-01"))
    #expect(header.contains(" months old"))
    let styled = try session.styledScreen().split(separator: "\n").first.map(String.init) ?? ""
    #expect(styled.contains("\u{1B}[7m") || styled.contains(";7m") || styled.contains(";7;"))
    try session.press("?")
    let help = try session.waitForScreen(containing: "Data: known as of 2025-10-01")
    #expect(help.contains("mark each new deposit with m (or btap mark)"))
    try session.press("Escape", "q")
    try Self.expectTerminalRestored(session)
  }

  @Test("Ctrl-C quits and gives the terminal back to the shell")
  func controlCRestoresTheTerminal() throws {
    let session = try TmuxSession()
    defer { session.close() }
    _ = try Self.startDashboard(in: session, expecting: 48)
    let pid = try session.waitForChild(named: "btap")
    #expect(try session.isAlternateScreenOn())
    try session.press("C-c")
    try session.wait(for: "btap to exit") { !TmuxSession.isRunning(pid) }
    let status = try Self.expectTerminalRestored(session)
    #expect(status == "0", "exit status after Ctrl-C")
  }

  @Test("SIGTERM quits and gives the terminal back to the shell")
  func sigtermRestoresTheTerminal() throws {
    let session = try TmuxSession()
    defer { session.close() }
    _ = try Self.startDashboard(in: session, expecting: 48)
    let pid = try session.waitForChild(named: "btap")
    #expect(try session.isAlternateScreenOn())
    #expect(kill(pid, SIGTERM) == 0)
    try session.wait(for: "btap to exit after SIGTERM") { !TmuxSession.isRunning(pid) }
    let status = try Self.expectTerminalRestored(session)
    // Handled: btap quits on its normal path, gives the terminal back (checked above), then
    // exits with the conventional 128 + 15.
    #expect(status == "143", "exit status after SIGTERM")
  }

  @Test("closing the terminal ends btap even when no hang-up signal reaches it")
  func terminalClosedWithoutHangUpSignal() throws {
    let session = try TmuxSession()
    defer { session.close() }
    // In a session of its own (`setsid`), btap is not sent the SIGHUP that closing the
    // terminal sends the terminal's session; only its reads start failing.
    let binary = try BtapBinary.locate()
    try session.run(
      "setsid -w \(TmuxSession.quote(binary)) --data-dir \(TmuxSession.quote(session.dataDirectory))"
    )
    try session.waitForScreen(
      containing: Self.headerCount(48), "Overview", "Parties", "q quit", timeout: 15)
    var pid: pid_t = 0
    try session.wait(for: "btap under setsid") {
      for child in try session.shellChildren() {
        let candidates = [child] + TmuxSession.children(of: child)
        if let found = candidates.first(where: { TmuxSession.processName($0) == "btap" }) {
          pid = found
        }
      }
      return pid != 0
    }
    try session.hangUp()
    do {
      try session.wait(for: "btap to exit after its terminal closed", timeout: 5) {
        !TmuxSession.isRunning(pid)
      }
    } catch {
      kill(pid, SIGKILL)
      throw error
    }
  }

  @Test("a data directory that cannot be read stops btap before it takes the terminal")
  func unreadableDataDirectory() throws {
    let session = try TmuxSession()
    defer { session.close() }
    let file = session.root + "/file"
    FileManager.default.createFile(atPath: file, contents: Data("x".utf8))
    let binary = try BtapBinary.locate()
    try session.run(
      "\(TmuxSession.quote(binary)) --data-dir \(TmuxSession.quote(file + "/sub")); echo \"STATUS:$?\""
    )
    // The typed command line holds "STATUS:$?" too, and may wrap just before it: wait for
    // a line that is "STATUS:" and digits.
    let screen = try session.waitForScreen("the exit status") { screen in
      screen.split(separator: "\n").contains { line in
        line.hasPrefix("STATUS:") && line.dropFirst(7).allSatisfy(\.isNumber) && line.count > 7
      }
    }
    #expect(
      screen.contains("btap: error: \(file)/sub: cannot read the data directory (Not a directory)"))
    #expect(screen.contains("STATUS:74"))
    #expect(!screen.contains("Overview"))
    #expect(try !session.isAlternateScreenOn())
  }

  /// An X10 mouse report: `ESC [ M` and three bytes.
  ///
  /// The bytes are the button code, the column and the row, each plus 32 (columns and rows
  /// from 1). Column 81 is the byte `q`, column 85 is `u`.
  static func x10Report(button: UInt8, column: UInt8, row: UInt8) -> [UInt8] {
    [0x1B, UInt8(ascii: "["), UInt8(ascii: "M"), 32 + button, 32 + column, 32 + row]
  }

  /// An SGR mouse report, `ESC [ < button ; column ; row` and `M` (press) or `m` (release).
  static func sgrReport(button: Int, column: Int, row: Int, press: Bool) -> [UInt8] {
    Array("\u{1B}[<\(button);\(column);\(row)\(press ? "M" : "m")".utf8)
  }

  @Test("mouse reports the terminal sends raw are never keys: a click neither undoes nor quits")
  func rawMouseReportsAreNotKeys() throws {
    let session = try TmuxSession()
    defer { session.close() }
    let marked = try CompanionEndToEndTests.runCommand([
      "mark", "AT", "--ratification", "--date", "2025-10-05", "--data-dir", session.dataDirectory,
    ])
    #expect(marked.status == 0, "\(marked.output)")
    _ = try Self.startDashboard(in: session, expecting: 49)
    let pid = try session.waitForChild(named: "btap")
    // A press and a release at column 85 (`u`) and at column 81 (`q`), row 1, in both
    // encodings, and wheel steps; then a key that shows btap read past all of them.
    for column: UInt8 in [85, 81] {
      try session.sendBytes(Self.x10Report(button: 0, column: column, row: 1))
      try session.sendBytes(Self.x10Report(button: 3, column: column, row: 1))
      try session.sendBytes(
        Self.sgrReport(button: 0, column: Int(column), row: 1, press: true)
          + Self.sgrReport(button: 0, column: Int(column), row: 1, press: false))
    }
    try session.sendBytes(Self.x10Report(button: 64, column: 85, row: 1))
    try session.sendBytes(Self.sgrReport(button: 65, column: 81, row: 1, press: true))
    try session.press("?")
    try session.waitForScreen(containing: "Keys")
    #expect(TmuxSession.isRunning(pid), "btap quit on a mouse report")
    try session.press("Escape")
    // A decoded X10 click is a click: one in the News pane focuses it.
    try session.sendBytes(Self.x10Report(button: 0, column: 90, row: 30))
    try session.sendBytes(Self.x10Report(button: 3, column: 90, row: 30))
    try session.waitForScreen(containing: "▶3 News")
    try session.press("q")
    try Self.expectTerminalRestored(session)
    let journal = try Self.journal(session)
    #expect(journal.count == 1, "a mouse report undid the mark: \(journal)")
  }

  @Test("X10 reports holding DEL (column 95, button 95) or bytes above 127 are read whole")
  func x10ReportWithDeleteByteIsNotKeys() throws {
    let session = try TmuxSession()
    defer { session.close() }
    _ = try Self.startDashboard(in: session, expecting: 48)
    let pid = try session.waitForChild(named: "btap")
    // Byte 127 (DEL) is what curses reads as the Backspace key. At column 95 the row byte
    // follows it: row 15 is `/` (filter), row 31 is `?` (help). As button code 95 (a
    // horizontal wheel step with every modifier) the column follows it: 81 is `q`, 84 is `t`.
    for row: UInt8 in [15, 31] {
      try session.sendBytes(Self.x10Report(button: 0, column: 95, row: row))
      try session.sendBytes(Self.x10Report(button: 3, column: 95, row: row))
    }
    for column: UInt8 in [84, 81] {
      try session.sendBytes(Self.x10Report(button: 95, column: column, row: 5))
    }
    // From column 96 on, the column is a byte above 127 that begins no UTF-8 character.
    // Read as characters, a click at column 120 swallowed the bytes after it up to the DEL
    // of a click at column 95 that came at once, and that click's row (31: `?`) was a key.
    try session.sendBytes(
      Self.x10Report(button: 0, column: 120, row: 5)
        + Self.x10Report(button: 0, column: 95, row: 31)
        + Self.x10Report(button: 3, column: 95, row: 31))
    try session.press("?")
    try session.waitForScreen(containing: "Keys")
    #expect(TmuxSession.isRunning(pid), "btap quit on a mouse report")
    try session.press("Escape")
    try session.press("q")
    try Self.expectTerminalRestored(session)
  }
}
