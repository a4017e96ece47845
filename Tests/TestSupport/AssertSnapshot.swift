import Foundation
import Testing

/// Compares `text` with the snapshot `<name>.txt` stored in a `__Snapshots__` folder beside
/// the calling test file.
///
/// - A missing snapshot is written and the test fails, so someone reviews the new file.
/// - A mismatch fails with a line-by-line diff (`-` expected, `+` actual).
/// - With `RECORD_SNAPSHOTS=1` in the environment every snapshot is re-recorded (and the test
///   fails, as a reminder to turn recording off).
///
/// Snapshots are stored with a trailing newline; the comparison ignores it.
public func assertSnapshot(
  _ text: String, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let testFile = URL(fileURLWithPath: filePath)
  let directory = testFile.deletingLastPathComponent().appendingPathComponent("__Snapshots__")
  let snapshot = directory.appendingPathComponent("\(name).txt")
  let isRecording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
  let existing = try? String(contentsOf: snapshot, encoding: .utf8)

  if isRecording || existing == nil {
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try (text + "\n").write(to: snapshot, atomically: true, encoding: .utf8)
      let reason = isRecording ? "RECORD_SNAPSHOTS=1 is set" : "no snapshot existed"
      Issue.record(
        "Recorded snapshot \(name) at \(snapshot.path) because \(reason); review it and rerun.",
        sourceLocation: sourceLocation)
    } catch {
      Issue.record(
        "Could not record snapshot \(name) at \(snapshot.path): \(error)",
        sourceLocation: sourceLocation)
    }
    return
  }

  guard var expected = existing else { return }
  if expected.hasSuffix("\n") { expected.removeLast() }
  guard expected != text else { return }
  let difference = SnapshotDiff.lines(
    expected: expected.components(separatedBy: "\n"), actual: text.components(separatedBy: "\n"))
  Issue.record(
    """
    Snapshot \(name) does not match \(snapshot.path) (- expected, + actual); \
    rerun with RECORD_SNAPSHOTS=1 to accept the new output:
    \(difference)
    """,
    sourceLocation: sourceLocation)
}

/// Compares the rows of a rendered screen with a stored snapshot.
///
/// Convenience for buffers rendered as `[String]` rows, joined with newlines.
public func assertSnapshot(
  lines: [String], named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  assertSnapshot(
    lines.joined(separator: "\n"), named: name, filePath: filePath,
    sourceLocation: sourceLocation)
}
