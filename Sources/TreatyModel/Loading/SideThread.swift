import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Work started on a thread of its own, which the caller goes on beside and then joins.
///
/// The loader reads a large news file here while it reads the others, and the dashboard
/// reviews proposals here while it reads keys: the machines btap runs on have two cores or
/// more, and with ten thousand news items each took as long as a first frame.
/// It is a plain POSIX thread, started and joined once: no pool, no runtime to start. When no
/// thread can be made, the work runs at once on the caller's thread instead.
///
/// Released without ``join()``, it still waits for the work, so no thread outlives it.
public final class SideThread<Value: Sendable> {
  /// The work and its value, shared with the thread (which holds this, not the
  /// ``SideThread``, so that releasing the latter joins the thread).
  private final class Job: @unchecked Sendable {
    // Unchecked: `value` is written only by the thread (or by the caller when there is none)
    // and read only after `pthread_join`, which orders the two.
    let work: @Sendable () -> Value
    var value: Value?
    /// Set once `value` is.
    let isDone = Atomic(false)

    init(_ work: @escaping @Sendable () -> Value) { self.work = work }

    /// Does the work and keeps its value.
    func run() {
      value = work()
      isDone.store(true, ordering: .releasing)
    }
  }

  private let job: Job
  /// The running thread, until it is joined; nil when the work ran on the caller's thread.
  private var thread: pthread_t?

  /// Starts `work` on a new thread.
  public init(_ work: @escaping @Sendable () -> Value) {
    let job = Job(work)
    self.job = job
    let entry = Unmanaged.passRetained(ThreadEntry { job.run() })
    var handle = pthread_t()
    if pthread_create(&handle, nil, runThreadEntry, entry.toOpaque()) == 0 {
      thread = handle
    } else {
      entry.release()
      job.run()
    }
  }

  /// Whether the work is done (``join()`` then returns at once).
  public var isFinished: Bool { job.isDone.load(ordering: .acquiring) }

  /// Waits for the work and returns its value.
  public func join() -> Value {
    if let running = thread {
      pthread_join(running, nil)
      thread = nil
    }
    guard let value = job.value else {
      preconditionFailure("the work of a joined thread has a value")
    }
    return value
  }

  deinit {
    if let thread { pthread_join(thread, nil) }
  }
}

/// What a new thread runs, kept apart from the generic ``SideThread`` (a C function cannot be
/// generic).
private final class ThreadEntry: Sendable {
  let body: @Sendable () -> Void

  init(_ body: @escaping @Sendable () -> Void) { self.body = body }
}

/// The start routine of every ``SideThread``: runs its entry and lets it go.
private func runThreadEntry(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
  guard let context else { return nil }
  Unmanaged<ThreadEntry>.fromOpaque(context).takeRetainedValue().body()
  return nil
}
