import Glibc
import TestSupport
import Testing

@Suite struct SnapshotSupportTests {
  @Test func lineDiffMarksRemovedAndAddedRows() {
    let diff = SnapshotDiff.lines(expected: ["a", "b", "c"], actual: ["a", "x", "c"])
    #expect(diff == "  a\n+ x\n- b\n  c")
  }

  @Test func recordsMissingSnapshotFailsThenMatches() throws {
    var template = Array("/tmp/btap-snapshot-XXXXXX".utf8CString)
    let directory = try #require(mkdtemp(&template).map { String(cString: $0) })
    let fakeTestFile = directory + "/FakeTests.swift"
    defer {
      unlink(directory + "/__Snapshots__/screen.txt")
      rmdir(directory + "/__Snapshots__")
      rmdir(directory)
    }
    withKnownIssue("a missing snapshot is recorded and fails") {
      assertSnapshot("row one\nrow two", named: "screen", filePath: fakeTestFile)
    }
    #expect(access(directory + "/__Snapshots__/screen.txt", F_OK) == 0)
    assertSnapshot("row one\nrow two", named: "screen", filePath: fakeTestFile)
    withKnownIssue("a different screen fails with a diff") {
      assertSnapshot("row one\nrow 2", named: "screen", filePath: fakeTestFile)
    }
  }
}
