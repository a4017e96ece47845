import Foundation
import Testing

/// The end-to-end tests drive the real binary in tmux; without tmux they cannot run at all,
/// so its absence is a failure with a clear message, never a skip.
@Test("tmux is installed for the end-to-end tests")
func tmuxIsInstalled() throws {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["tmux", "-V"]
  let output = Pipe()
  process.standardOutput = output
  process.standardError = output
  try process.run()
  process.waitUntilExit()
  let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  #expect(process.terminationStatus == 0, "tmux is missing: install it (apt-get install tmux)")
  #expect(text.hasPrefix("tmux "))
}
