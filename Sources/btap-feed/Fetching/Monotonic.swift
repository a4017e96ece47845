#if canImport(Glibc)
  import Glibc
#endif

/// The monotonic clock, for deadlines that wall-clock changes cannot move.
enum Monotonic {
  /// Milliseconds since an arbitrary fixed point.
  static func milliseconds() -> Int {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Int(now.tv_sec) * 1_000 + Int(now.tv_nsec) / 1_000_000
  }
}
