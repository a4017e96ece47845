import CNcursesw
import Glibc
import TerminalUI

/// The real terminal, driven through ncursesw: the only ``TerminalBackend`` that touches a tty.
///
/// Creating it puts the terminal in curses mode (alternate screen, raw input, no echo, hidden
/// cursor, keypad and optional mouse reporting); ``restore()`` puts everything back, and
/// ``TerminalRestoration`` covers exits and crashes that skip it. Curses owns one terminal per
/// process, so only one instance can be active at a time; use it from the main thread only.
///
/// ```swift
/// let terminal = try CursesTerminal(options: CursesOptions(mouse: false))
/// defer { terminal.restore() }
/// try terminal.apply(frame)  // usually through a `Terminal`, which works out the frame
/// while let event = terminal.nextEvent(timeoutMilliseconds: -1) { ... }
/// ```
public final class CursesTerminal: TerminalBackend {
  /// How many colours are used: the override from ``CursesOptions``, else none when
  /// `NO_COLOR` is set, else what the terminal reports.
  public let colorMode: ColorMode

  private let screen: OpaquePointer
  private let window: UnsafeMutablePointer<WINDOW>
  private let writer: CellWriter
  private let keys = KeyDecoder()
  private var previousSignalActions: [Int32: sigaction]
  private var isRestored = false
  /// The size last read from curses, reported after ``restore()`` freed the screen.
  private var lastKnownSize = Size.zero
  /// Input read ahead while deciding what came before it (an ESC that began no mouse report,
  /// a character that took no combining mark), handed out before anything new is read.
  private var readAhead: [RawInput] = []
  /// How long the rest of an escape sequence or mouse report is waited for, in milliseconds.
  private let escapeDelayMilliseconds: Int
  /// The byte the terminal sends for Backspace when it is a single one (`kbs`, DEL on most
  /// terminals): curses turns it into the Backspace key even inside a mouse report.
  private let backspaceByte: UInt32?

  /// The longest single wait inside ``nextEvent(timeoutMilliseconds:)``, in milliseconds.
  ///
  /// Termination signals normally interrupt the wait at once; this bound only matters when
  /// a signal lands between the check of the flag and the start of the wait.
  private let longestWaitMilliseconds = 100

  /// Puts the terminal in curses mode.
  ///
  /// - Throws: ``CursesError/notATerminal`` when standard input or output is not a tty,
  ///   ``CursesError/unknownTerminal(_:)`` when `TERM` names no known terminal, and
  ///   ``CursesError/alreadyActive`` when another instance still holds the terminal.
  public init(options: CursesOptions = CursesOptions()) throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw CursesError.notATerminal
    }
    guard !TerminalRestoration.isCursesActive else { throw CursesError.alreadyActive }
    Self.selectLocale()
    TerminalRestoration.prepare()
    guard let screen = newterm(nil, btap_stdout(), btap_stdin()) else {
      throw CursesError.unknownTerminal(getenv("TERM").map { String(cString: $0) })
    }
    guard let window = btap_stdscr() else {
      endwin()
      delscreen(screen)
      throw CursesError.unknownTerminal(getenv("TERM").map { String(cString: $0) })
    }
    self.screen = screen
    self.window = window
    escapeDelayMilliseconds = options.escapeDelayMilliseconds
    backspaceByte = btap_terminfo_string("kbs").flatMap { value in
      let bytes = Array(String(cString: value).utf8)
      return bytes.count == 1 ? UInt32(bytes[0]) : nil
    }
    _ = raw()
    _ = noecho()
    _ = keypad(window, true)
    _ = leaveok(window, true)
    _ = curs_set(0)
    _ = set_escdelay(Int32(clamping: options.escapeDelayMilliseconds))

    let mode = Self.resolveColorMode(
      override: options.colorMode,
      noColor: getenv("NO_COLOR").map { String(cString: $0) },
      hasColors: has_colors(),
      paletteSize: Int(btap_terminfo_number("colors")))
    if mode != .none {
      _ = start_color()
      _ = use_default_colors()
    }
    colorMode = mode
    writer = CellWriter(
      styles: StyleEncoder(
        colorMode: mode, paletteSize: Int(btap_colors()),
        pairLimit: Int(btap_color_pairs())))

    let mouse = options.mouse && btap_enable_mouse() != 0
    Self.leaveStartupMode()
    TerminalRestoration.markActive(mouse: mouse)
    previousSignalActions = TerminationSignals.install()
    lastKnownSize = size
  }

  deinit {
    restore()
  }

  /// The current terminal size in cells (the last known size after ``restore()``).
  public var size: Size {
    guard !isRestored else { return lastKnownSize }
    return Size(width: Int(btap_window_width(window)), height: Int(btap_window_height(window)))
  }

  /// Whether the screen's contents were lost (the terminal was resized), so the next frame
  /// must be drawn whole.
  public private(set) var needsFullRepaint = false

  /// Writes a frame's cells into the curses window, then one `refresh()`.
  ///
  /// A full repaint clears the window first (and the real screen, when its contents were
  /// lost); then only the cells in the update reach curses, which sends the terminal what
  /// differs from the screen it knows. Cells beyond the terminal's size are clipped.
  ///
  /// - Throws: ``CursesError/restored`` after ``restore()``, ``CursesError/refreshFailed``
  ///   when curses cannot write to the terminal.
  public func apply(_ frame: FrameUpdate) throws {
    guard !isRestored, TerminalRestoration.isCursesActive else { throw CursesError.restored }
    let screenSize = size
    if frame.isFullRepaint {
      _ = werase(window)
      if needsFullRepaint { _ = clearok(window, true) }
    }
    var styles = writer.styles
    defer { writer.styles = styles }
    for update in frame.cells where update.x < screenSize.width && update.y < screenSize.height {
      let columns = update.columns == 2 && update.x + 1 < screenSize.width ? 2 : 1
      writer.write(
        update.cell, encoding: styles.encode(update.cell.style), x: update.x, y: update.y,
        columns: columns, into: window)
    }
    needsFullRepaint = false
    guard wrefresh(window) != btap_err() else { throw CursesError.refreshFailed }
  }

  /// Waits up to `timeoutMilliseconds` (`-1`: without limit) for a key, a mouse action, a
  /// resize or a termination signal; `nil` when the time runs out.
  ///
  /// Keys come from `wget_wch`, so typed non-ASCII text such as `ô` arrives as one
  /// ``Key/character(_:)``, and combining marks that follow at once are merged into the
  /// character they belong to. SIGTERM, SIGHUP and SIGINT become ``InputEvent/terminate``,
  /// and so does a terminal that has gone (its input hung up), and every call once the
  /// terminal has been restored (by ``restore()`` or ``TerminalRestoration/restore()``):
  /// reading input then would re-enter curses mode.
  public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
    guard !isRestored, TerminalRestoration.isCursesActive else { return .terminate }
    let clock = ContinuousClock()
    let deadline =
      timeoutMilliseconds < 0 ? nil : clock.now.advanced(by: .milliseconds(timeoutMilliseconds))
    while true {
      if let number = TerminationSignals.takePending() { return terminate(by: number) }
      if !readAhead.isEmpty {
        let input = readAhead.removeFirst()
        if let event = event(status: input.status, value: input.value) { return event }
        continue
      }
      var wait = longestWaitMilliseconds
      if let deadline {
        let remaining = clock.now.duration(to: deadline)
        wait = min(wait, max(0, Self.milliseconds(rounding: remaining)))
      }
      wtimeout(window, Int32(wait))
      var value: wint_t = 0
      let status = wget_wch(window, &value)
      if status == btap_err() {
        if let number = TerminationSignals.takePending() { return terminate(by: number) }
        // The terminal went away (its window closed without a SIGHUP reaching btap): curses
        // then fails at once on every read, and waiting on would spin.
        if Self.inputIsGone() { return .terminate }
        if let deadline, clock.now >= deadline { return nil }
        continue
      }
      if let event = event(status: status, value: value) { return event }
    }
  }

  /// The termination signal that ended the session (SIGTERM, SIGHUP or SIGINT), if one did:
  /// the caller exits with the conventional status, 128 plus its number.
  public private(set) var terminatingSignal: Int32?

  private func terminate(by number: Int32) -> InputEvent {
    if terminatingSignal == nil { terminatingSignal = number }
    return .terminate
  }

  /// Leaves curses mode and puts back the previous signal actions; idempotent.
  ///
  /// Mouse reporting is turned off, then `endwin()` restores echo and line editing, shows the
  /// cursor and leaves the alternate screen.
  public func restore() {
    guard !isRestored else { return }
    lastKnownSize = size
    isRestored = true
    TerminalRestoration.restore()
    TerminationSignals.uninstall(previousSignalActions)
    previousSignalActions = [:]
    delscreen(screen)
  }

  // MARK: - Input

  /// The event for one result of `wget_wch`, or `nil` for input btap ignores.
  private func event(status: Int32, value: wint_t) -> InputEvent? {
    let code = Int32(bitPattern: value)
    if status == btap_key_code_yes() {
      if code == keys.resizeCode {
        needsFullRepaint = true
        lastKnownSize = size
        return .resize(lastKnownSize)
      }
      if code == keys.mouseCode { return mouseEvent().map { .mouse($0) } }
      return keys.key(forKeyCode: code).map { .key($0) }
    }
    guard let key = KeyDecoder.key(forCodePoint: UInt32(value)) else { return nil }
    switch key {
    case .character(let character):
      return .key(.character(characterWithCombiningMarks(character)))
    case .escape:
      return escapeOrMouseReport()
    default:
      return .key(key)
    }
  }

  /// After an ESC: a mouse report that curses left undecoded, consumed whole (its event, or
  /// nil when it is dropped); otherwise the Escape key, with what followed put back.
  ///
  /// Curses decodes the mouse encoding its terminal description announces; a terminal that
  /// sends the other one (X10 `ESC [ M b x y` where SGR was expected, or the reverse) would
  /// otherwise deliver `[`, `M` and the coordinates as keys: a click at column 81 is `q`.
  /// ``MouseReportDecoder`` decides, a character at a time.
  private func escapeOrMouseReport() -> InputEvent? {
    var codes: [UInt32] = [0x1B]
    var taken: [RawInput] = []
    while true {
      switch MouseReportDecoder.decode(codes) {
      case .report(let event, _):
        return event.map { .mouse($0) }
      case .notAReport:
        readAhead.insert(contentsOf: taken, at: 0)
        return .key(.escape)
      case .incomplete:
        let isX10Payload = codes.count >= 3 && codes[2] == UInt32(UInt8(ascii: "M"))
        let next =
          isX10Payload
          ? readReportByte() : read(timeoutMilliseconds: escapeDelayMilliseconds)
        guard let next, let code = reportCharacter(next) else {
          // Nothing more came in time, or a key: what was read is all of it.
          let rest = taken + (next.map { [$0] } ?? [])
          if case .report = MouseReportDecoder.decode(codes, atEnd: true) {
            readAhead.insert(contentsOf: rest.dropFirst(taken.count), at: 0)
            return nil
          }
          readAhead.insert(contentsOf: rest, at: 0)
          return .key(.escape)
        }
        codes.append(code)
        taken.append(next)
      }
    }
  }

  /// One value of an X10 report's payload (button, column, row), read as a byte rather than
  /// a character.
  ///
  /// A column from 96 on is a byte above 127 that is no UTF-8 character; read as one, curses
  /// kept reading to complete it and dropped up to 15 bytes (the rest of the report and the
  /// start of the next), so the next report's remaining bytes arrived as keys. A byte that
  /// begins a two-byte UTF-8 character and is followed at once by its second byte is taken
  /// as that character (the UTF-8 coordinates of mode 1005).
  private func readReportByte() -> RawInput? {
    if !readAhead.isEmpty { return readAhead.removeFirst() }
    wtimeout(window, Int32(escapeDelayMilliseconds))
    let first = wgetch(window)
    if first == btap_err() { return nil }
    guard (0...0xFF).contains(first) else {
      return RawInput(status: btap_key_code_yes(), value: wint_t(first))
    }
    if (0xC2...0xDF).contains(first) {
      wtimeout(window, 0)
      let second = wgetch(window)
      if (0x80...0xBF).contains(second) {
        let scalar = (first & 0x1F) << 6 | (second & 0x3F)
        return RawInput(status: btap_ok(), value: wint_t(scalar))
      }
      if second != btap_err() { _ = ungetch(second) }
    }
    return RawInput(status: btap_ok(), value: wint_t(first))
  }

  /// The character a result of `wget_wch` is inside a mouse report: itself, or the byte
  /// curses read as the Backspace key (an X10 report holds DEL at column 95, or as button
  /// code 95); nil for any other key, which ends the report.
  private func reportCharacter(_ input: RawInput) -> UInt32? {
    guard input.status == btap_key_code_yes() else { return UInt32(input.value) }
    guard Int32(bitPattern: input.value) == btap_key_backspace() else { return nil }
    return backspaceByte
  }

  /// One result of `wget_wch`: input read ahead first, else what curses delivers within
  /// `timeoutMilliseconds`; nil when nothing came.
  private func read(timeoutMilliseconds: Int) -> RawInput? {
    if !readAhead.isEmpty { return readAhead.removeFirst() }
    wtimeout(window, Int32(timeoutMilliseconds))
    var value: wint_t = 0
    let status = wget_wch(window, &value)
    return status == btap_err() ? nil : RawInput(status: status, value: value)
  }

  /// `character` extended with any combining marks already waiting in the input.
  private func characterWithCombiningMarks(_ character: Character) -> Character {
    var text = String(character)
    while let next = read(timeoutMilliseconds: 0) {
      guard next.status != btap_key_code_yes(), let scalar = Unicode.Scalar(UInt32(next.value))
      else {
        readAhead.insert(next, at: 0)
        break
      }
      var extended = text
      extended.unicodeScalars.append(scalar)
      guard extended.count == 1 else {
        readAhead.insert(next, at: 0)
        break
      }
      text = extended
    }
    return text.first ?? character
  }

  /// The pending mouse event after `KEY_MOUSE`, if it is a press or a wheel step.
  private func mouseEvent() -> MouseEvent? {
    var x: Int32 = 0
    var y: Int32 = 0
    var state: mmask_t = 0
    guard btap_get_mouse(&x, &y, &state) == btap_ok() else { return nil }
    let kind: MouseEvent.Kind
    if state & btap_button4_pressed() != 0 {
      kind = .wheelUp
    } else if state & btap_button5_pressed() != 0 {
      kind = .wheelDown
    } else if state & (btap_button1_pressed() | btap_button2_pressed() | btap_button3_pressed())
      != 0
    {
      kind = .press
    } else {
      return nil
    }
    return MouseEvent(kind: kind, x: Int(x), y: Int(y))
  }

  // MARK: - Set-up helpers

  /// Makes curses send each frame in as few writes as its output buffer allows.
  ///
  /// Until the screen has been suspended and resumed once, ncursesw treats every cursor
  /// movement as if a terminfo-level program had asked for it and flushes its output buffer
  /// there: a full frame reached the terminal in about a hundred small writes, each one a
  /// wake-up for the terminal. One `endwin()` and `doupdate()` before anything is drawn
  /// switches it to its normal state, and a frame then leaves in one or two writes
  /// (docs/performance.md).
  private static func leaveStartupMode() {
    _ = endwin()
    _ = doupdate()
  }

  /// Applies the user's locale, so that wide characters are sent as UTF-8 and `wcwidth`
  /// knows them.
  ///
  /// It falls back to `C.UTF-8` for character handling when the locale is plain C.
  private static func selectLocale() {
    _ = setlocale(LC_ALL, "")
    let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
    if codeset != "UTF-8" {
      _ = setlocale(LC_CTYPE, "C.UTF-8")
    }
  }

  /// The colour mode to use: `override` if given; ``ColorMode/none`` when `NO_COLOR` is set
  /// and not empty or the terminal has no colours; otherwise 256 or 16 colours by palette size.
  static func resolveColorMode(
    override: ColorMode?, noColor: String?, hasColors: Bool, paletteSize: Int
  ) -> ColorMode {
    if let override { return override }
    if let noColor, !noColor.isEmpty { return .none }
    guard hasColors, paletteSize >= 8 else { return .none }
    return paletteSize >= 256 ? .ansi256 : .ansi16
  }

  /// A duration in whole milliseconds, rounded up so that a wait never ends early.
  /// Whether standard input, the terminal curses reads, has hung up or failed: a poll that
  /// does not wait reports it as hung up, in error or closed.
  static func inputIsGone() -> Bool {
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, 0) >= 0 else { return errno != EINTR }
    return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
  }

  private static func milliseconds(rounding duration: Duration) -> Int {
    let (seconds, attoseconds) = duration.components
    let partial = (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
    return Int(seconds) * 1000 + Int(partial)
  }
}

/// One result of `wget_wch`: its status (`OK` or `KEY_CODE_YES`) and value.
private struct RawInput {
  var status: Int32
  var value: wint_t
}
