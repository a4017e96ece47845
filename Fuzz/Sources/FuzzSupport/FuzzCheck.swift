/// Stops a fuzz run when a property of a reader does not hold, so libFuzzer keeps the input.
///
/// A failed property traps like any other crash: libFuzzer writes the input under the
/// artifact folder and `Scripts/fuzz.sh` counts it.
public enum FuzzCheck {
  /// Fails the run with `message` unless `condition` holds.
  public static func require(
    _ condition: Bool, _ message: @autoclosure () -> String,
    file: StaticString = #fileID, line: UInt = #line
  ) {
    if !condition { fail(message(), file: file, line: line) }
  }

  /// Fails the run with `message`.
  public static func fail(
    _ message: String, file: StaticString = #fileID, line: UInt = #line
  ) -> Never {
    fatalError("property violated: \(message)", file: file, line: line)
  }
}
