import Foundation
import Testing

/// Messages that quote what the user gave (file names, arguments, paths) never carry the
/// characters that drive a terminal: an OSC title sequence in a file name arrives as text.
@Suite struct QuotedInputTests {
  /// An OSC "set window title" sequence, and a CSI colour, as they could be in a file name.
  static let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[31m"

  /// Whether the text holds a C0 control (other than a line feed) or a C1 control.
  static func hasControls(_ text: String) -> Bool {
    text.unicodeScalars.contains {
      ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
    }
  }

  /// A fresh directory holding a file whose name carries the hostile sequence.
  static func hostileFile(_ content: String) throws -> String {
    let directory = try BtapRunner().dataDirectory + "-quoted"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let path = directory + "/feed" + hostile + ".xml"
    try Data(content.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test(
    "the feed helper's messages about a file quote its name cleaned",
    arguments: [
      "<rss version=\"2.0\"><channel></rss>", "<html/>", "<rss version=\"2.0\"><channel>",
    ])
  func feedHelperMessages(content: String) throws {
    let path = try QuotedInputTests.hostileFile(content)
    let result = try BtapRunner().run(["news", "import", path])
    #expect(result.status == 65)
    #expect(result.error.hasPrefix("btap: error: "))
    #expect(result.error.contains("]0;pwned"), "the name is still shown, as text")
    #expect(!QuotedInputTests.hasControls(result.error), "\(result.error.debugDescription)")
  }

  @Test func aMissingFeedFileIsQuotedCleaned() throws {
    let path = try QuotedInputTests.hostileFile("") + "-missing"
    let result = try BtapRunner().run(["news", "import", path])
    #expect(result.status == 74)
    #expect(!QuotedInputTests.hasControls(result.error), "\(result.error.debugDescription)")
  }

  @Test(
    "btap's own messages quote arguments and paths cleaned",
    arguments: [
      ["show", hostile], ["news", "read", hostile], ["rights", hostile],
      ["mark", "AT", "--ratification", "--date", hostile],
      ["parties", "--region", hostile], ["status", "--data-dir", "/dev/null/" + hostile],
      ["history", "--format", hostile], [hostile],
    ])
  func btapMessages(arguments: [String]) throws {
    let result = try BtapRunner.run(arguments)
    #expect(result.status != 0)
    #expect(!result.error.isEmpty)
    #expect(!QuotedInputTests.hasControls(result.error), "\(result.error.debugDescription)")
    #expect(!QuotedInputTests.hasControls(result.output), "\(result.output.debugDescription)")
  }

  @Test func theHelperCleansItsOwnMessagesWhenRunAlone() throws {
    let path = try QuotedInputTests.hostileFile("<rss version=\"2.0\"><channel></rss>")
    let helper = URL(fileURLWithPath: BtapRunner.binary).deletingLastPathComponent()
      .appendingPathComponent("btap-feed").path
    let result = try BtapRunner.start(["parse", path, "2026-01-01"], executable: helper).finish()
    #expect(result.status == 65)
    #expect(result.error.hasPrefix("btap: error: "))
    #expect(!QuotedInputTests.hasControls(result.error), "\(result.error.debugDescription)")
  }
}
