import CNcursesw
import Glibc
import Synchronization

/// The process-wide record of SIGTERM, SIGHUP and SIGINT while a ``CursesTerminal`` runs.
///
/// The handler only sets an atomic flag (no `endwin`, no allocation: nothing that is unsafe in
/// a signal handler); ``CursesTerminal/nextEvent(timeoutMilliseconds:)`` turns the flag into
/// ``InputEvent/terminate`` and the application restores the terminal on its normal path.
/// The handlers are installed without `SA_RESTART`, so the signal interrupts the wait inside
/// `wget_wch`; a signal delivered to another thread is forwarded to the thread that installed
/// the handlers so that its wait wakes up too.
enum TerminationSignals {
  /// The signals that ask btap to stop.
  static let numbers: [Int32] = [SIGTERM, SIGHUP, SIGINT]

  /// Set by the handler, cleared by ``takePending()``.
  private static let pending = Atomic<Int32>(0)
  /// The `pthread_t` of the thread that reads input (the main thread), as an integer.
  private static let readerThread = Atomic<UInt>(0)

  /// Installs the handlers and returns the actions they replace, for ``uninstall(_:)``.
  static func install() -> [Int32: sigaction] {
    // Touch both globals now: their lazy initialisation must not happen inside the handler.
    pending.store(0, ordering: .sequentiallyConsistent)
    readerThread.store(UInt(pthread_self()), ordering: .sequentiallyConsistent)
    var previous: [Int32: sigaction] = [:]
    for number in numbers {
      var saved = sigaction()
      if btap_install_signal_handler(number, terminationSignalHandler, 0, &saved) == 0 {
        previous[number] = saved
      }
    }
    return previous
  }

  /// Puts back the actions that ``install()`` replaced.
  static func uninstall(_ previous: [Int32: sigaction]) {
    for (number, saved) in previous {
      var action = saved
      _ = btap_restore_signal_handler(number, &action)
    }
  }

  /// Whether a termination signal arrived since the last call; clears the flag.
  static func takePending() -> Int32? {
    let number = pending.exchange(0, ordering: .sequentiallyConsistent)
    return number == 0 ? nil : number
  }

  static var isPending: Bool {
    pending.load(ordering: .sequentiallyConsistent) != 0
  }
}

/// The signal handler: records the signal and wakes the input thread.
private func terminationSignalHandler(_ number: Int32) {
  TerminationSignals.record(number)
}

extension TerminationSignals {
  /// Records a signal from inside the handler; only async-signal-safe work happens here.
  fileprivate static func record(_ number: Int32) {
    pending.store(number, ordering: .sequentiallyConsistent)
    let reader = readerThread.load(ordering: .sequentiallyConsistent)
    if reader != 0, pthread_equal(pthread_self(), pthread_t(reader)) == 0 {
      _ = pthread_kill(pthread_t(reader), number)
    }
  }
}
