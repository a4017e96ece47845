import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The dashboard on a terminal that closes without sending it a hang-up (a pty that is not
/// its controlling terminal): btap notices that its input is gone and exits, rather than
/// spinning on a dead terminal.
@Suite("A terminal that goes away")
struct TerminalGoneTests {
  @Test("btap exits within seconds when its terminal closes under it")
  func exitsWhenTheTerminalCloses() throws {
    var master: Int32 = -1
    var slave: Int32 = -1
    var size = winsize(ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
    #expect(openpty(&master, &slave, nil, nil, &size) == 0)
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("btap-gone-\(UUID().uuidString)").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try BtapBinary.locate())
    process.arguments = ["--data-dir", directory + "/data"]
    process.environment = [
      "TERM": "xterm-256color", "LANG": "C.UTF-8", "XDG_STATE_HOME": directory + "/state",
      "PATH": "/usr/bin:/bin",
    ]
    let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
    process.standardInput = terminal
    process.standardOutput = terminal
    process.standardError = terminal
    try process.run()
    close(slave)
    // Wait for the first frame: the key-hint bar is the last row drawn.
    var screen = ""
    let start = Date()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while !screen.contains("time travel"), Date().timeIntervalSince(start) < 15 {
      var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      if poll(&descriptor, 1, 200) > 0 {
        let count = read(master, &buffer, buffer.count)
        if count > 0 { screen += String(decoding: buffer[0..<count], as: UTF8.self) }
      }
    }
    #expect(screen.contains("time travel"), "the first frame was drawn")
    close(master)
    let closed = Date()
    while process.isRunning, Date().timeIntervalSince(closed) < 5 { usleep(20_000) }
    let stillRunning = process.isRunning
    if stillRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    #expect(!stillRunning, "btap kept running after its terminal closed")
    try? FileManager.default.removeItem(atPath: directory)
  }
}
