import CNcursesw
import Glibc
import Synchronization

/// Puts the terminal back the way it was found, on every way out of the program.
///
/// ``CursesTerminal/restore()`` is the normal path. This helper covers the others:
/// - ``restore()`` can be called from any error path (before printing an error message,
///   for example) whether or not a ``CursesTerminal`` is active;
/// - an `atexit` handler restores the terminal when the process exits without doing so;
/// - a crash (a trap such as `fatalError`, a segmentation fault, `abort`) runs a signal
///   handler that writes a precomputed reset sequence (mouse reporting off, attributes off,
///   keypad mode off, cursor shown, alternate screen left) and puts back the terminal modes
///   saved before curses started, then lets the crash continue with the previous action.
public enum TerminalRestoration {
  /// Whether curses currently owns the terminal.
  public static var isCursesActive: Bool {
    cursesActive.load(ordering: .sequentiallyConsistent)
  }

  /// Leaves curses mode if it is active: mouse reporting off, then `endwin()`, which restores
  /// echo and line editing, shows the cursor and leaves the alternate screen.
  ///
  /// Calling it again, or with no terminal active, does nothing.
  public static func restore() {
    guard cursesActive.exchange(false, ordering: .sequentiallyConsistent) else { return }
    if mouseEnabled.load(ordering: .sequentiallyConsistent) {
      btap_disable_mouse()
    }
    _ = endwin()
    _ = fflush(btap_stdout())
  }

  // MARK: - Used by CursesTerminal

  /// Whether curses is in use; set by ``markActive(mouse:)``, cleared by ``restore()``.
  private static let cursesActive = Atomic<Bool>(false)
  /// Whether mouse reporting was turned on, so that restoring turns it off.
  private static let mouseEnabled = Atomic<Bool>(false)
  /// Whether the `atexit` and crash handlers are installed (once per process).
  private static let guardsInstalled = Atomic<Bool>(false)

  /// Saves the terminal modes and installs the exit and crash handlers once.
  ///
  /// Call it just before `newterm`, while the terminal is still as the user left it.
  static func prepare() {
    EmergencyRestoration.shared.saveTerminalModes()
    guard !guardsInstalled.exchange(true, ordering: .sequentiallyConsistent) else { return }
    _ = atexit(restoreAtExit)
    EmergencyRestoration.shared.installCrashHandlers()
  }

  /// Records that curses now owns the terminal and arms the crash handler.
  ///
  /// Call it after `newterm`: the reset sequence comes from the terminal description.
  static func markActive(mouse: Bool) {
    mouseEnabled.store(mouse, ordering: .sequentiallyConsistent)
    EmergencyRestoration.shared.arm(mouse: mouse)
    cursesActive.store(true, ordering: .sequentiallyConsistent)
  }

  /// Claims curses for the crash handler: true exactly once per active session.
  fileprivate static func claimForEmergency() -> Bool {
    cursesActive.exchange(false, ordering: .sequentiallyConsistent)
  }
}

/// The `atexit` handler.
private func restoreAtExit() {
  TerminalRestoration.restore()
}

/// The state the crash handler needs, prepared in advance so that the handler itself only
/// calls `write`, `tcsetattr`, `sigaction` and `raise`.
private final class EmergencyRestoration: @unchecked Sendable {
  // `@unchecked Sendable`: the buffers are written only on the main thread before
  // `armed` / `modesSaved` are published with sequentially consistent stores, and read only
  // after loading those flags.

  /// The one instance, created before any handler is installed.
  static let shared = EmergencyRestoration()

  /// The signals that mean the process is crashing.
  let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT]
  private let sequenceCapacity = 256
  private let sequence: UnsafeMutablePointer<UInt8>
  private let sequenceLength = Atomic<Int>(0)
  private let modes: UnsafeMutablePointer<termios>
  private let modesSaved = Atomic<Bool>(false)
  private let previousActions: UnsafeMutablePointer<sigaction>
  private let terminalDescriptor = STDOUT_FILENO

  private init() {
    sequence = .allocate(capacity: sequenceCapacity)
    modes = .allocate(capacity: 1)
    modes.initialize(to: termios())
    previousActions = .allocate(capacity: crashSignals.count)
    previousActions.initialize(repeating: sigaction(), count: crashSignals.count)
  }

  /// Saves the current terminal modes (before curses changes them).
  func saveTerminalModes() {
    modesSaved.store(
      tcgetattr(terminalDescriptor, modes) == 0, ordering: .sequentiallyConsistent)
  }

  /// Installs the crash handlers, keeping the previous actions to hand the crash on to.
  func installCrashHandlers() {
    for (slot, number) in crashSignals.enumerated() {
      _ = btap_install_signal_handler(number, crashSignalHandler, 0, previousActions + slot)
    }
  }

  /// Prepares the reset sequence from the terminal description (valid after `newterm`).
  func arm(mouse: Bool) {
    var bytes: [UInt8] = []
    if mouse { bytes += Array("\u{1B}[?1006;1000l".utf8) }
    for capability in ["sgr0", "rmkx", "cnorm", "rmcup"] {
      if let value = btap_terminfo_string(capability) {
        bytes += Array(String(cString: value).utf8)
      }
    }
    let count = min(bytes.count, sequenceCapacity)
    for index in 0..<count {
      sequence[index] = bytes[index]
    }
    sequenceLength.store(count, ordering: .sequentiallyConsistent)
  }

  /// Restores the terminal from inside a crash handler, then hands the signal on.
  func handleCrash(signal number: Int32) {
    if TerminalRestoration.claimForEmergency() {
      let length = sequenceLength.load(ordering: .sequentiallyConsistent)
      if length > 0 {
        _ = write(terminalDescriptor, sequence, length)
      }
      if modesSaved.load(ordering: .sequentiallyConsistent) {
        _ = tcsetattr(terminalDescriptor, TCSADRAIN, modes)
      }
    }
    var slot = 0
    while slot < crashSignals.count, crashSignals[slot] != number {
      slot += 1
    }
    if slot < crashSignals.count {
      _ = btap_restore_signal_handler(number, previousActions + slot)
      _ = raise(number)
    } else {
      btap_reraise_with_default_action(number)
    }
  }
}

/// The crash signal handler.
private func crashSignalHandler(_ number: Int32) {
  EmergencyRestoration.shared.handleCrash(signal: number)
}
