#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where "now" comes from: injected so that tests and time travel control it.
public struct Clock: Sendable {
  /// Seconds since 1970-01-01T00:00:00Z.
  public var secondsSinceEpoch: @Sendable () -> Int

  /// Creates a clock from a function returning seconds since the Unix epoch.
  public init(secondsSinceEpoch: @escaping @Sendable () -> Int) {
    self.secondsSinceEpoch = secondsSinceEpoch
  }

  /// The system's real-time clock.
  public static let system = Clock {
    var spec = timespec()
    clock_gettime(CLOCK_REALTIME, &spec)
    return Int(spec.tv_sec)
  }

  /// A clock stopped at a fixed instant, for tests.
  public static func fixed(_ timestamp: Timestamp) -> Clock {
    Clock { timestamp.secondsSinceEpoch }
  }

  /// The current instant.
  public var now: Timestamp { Timestamp(secondsSinceEpoch: secondsSinceEpoch()) }

  /// Today's date in the local time zone.
  public var today: CalendarDate {
    var seconds = time_t(secondsSinceEpoch())
    var parts = tm()
    guard localtime_r(&seconds, &parts) != nil,
      let date = CalendarDate(
        year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    else { return now.date }
    return date
  }
}
