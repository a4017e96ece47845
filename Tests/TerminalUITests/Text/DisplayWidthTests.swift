import Glibc
import TerminalUI
import Testing

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("abc", 3), ("", 0), ("Côte d'Ivoire", 13), ("Co\u{0302}te", 4), ("Türkiye", 7),
    ("São Tomé", 8), ("日本", 4), ("한국", 4), ("ＡＢ", 4), ("👍", 2), ("👍🏽", 2),
    ("👨‍👩‍👧", 2), ("🇯🇵", 2), ("❤️", 2), ("❤", 1), ("a\u{200B}b", 2), ("\u{1B}", 0),
    ("\t", 0), ("e\u{0301}\u{0301}", 1), ("中文abc", 7), ("▶█▏", 3), ("⠿", 1),
  ])
  func widths(text: String, expected: Int) {
    #expect(DisplayWidth.of(text) == expected)
  }

  @Test func characterWidths() {
    #expect(DisplayWidth.of(Character("a")) == 1)
    #expect(DisplayWidth.of(Character("語")) == 2)
    #expect(DisplayWidth.of(Character("\u{0301}")) == 0)
    #expect(DisplayWidth.of(Character("\r\n")) == 0)
  }

  /// Checks single code points against glibc's `wcwidth` in the C.UTF-8 locale.
  @Test func matchesGlibcWcwidth() throws {
    typealias WidthFunction = @convention(c) (Int32) -> Int32
    guard let symbol = dlsym(nil, "wcwidth"),
      setlocale(LC_ALL, "C.UTF-8") != nil
    else {
      withKnownIssue("wcwidth or the C.UTF-8 locale is unavailable") {
        Issue.record("skipped")
      }
      return
    }
    let wcwidth = unsafeBitCast(symbol, to: WidthFunction.self)
    let samples: [ClosedRange<UInt32>] = [
      0x20...0x7E, 0xA0...0x2FF, 0x300...0x36F, 0x400...0x4FF, 0x591...0x5C7, 0x900...0x97F,
      0xE00...0xE7F, 0x1100...0x11FF, 0x2000...0x206F, 0x2190...0x23FF, 0x2500...0x27BF,
      0x2800...0x28FF, 0x2E80...0x2FFF, 0x3000...0x30FF, 0x4E00...0x4EFF, 0xAC00...0xACFF,
      0xFE00...0xFE6F, 0xFF00...0xFFEF, 0x1F300...0x1F6FF, 0x1F900...0x1F9FF,
      0x20000...0x200FF,
    ]
    var mismatches: [String] = []
    for range in samples {
      for value in range {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let expected = Int(wcwidth(Int32(bitPattern: value)))
        guard expected >= 0 else { continue }
        let actual = DisplayWidth.of(scalar)
        if actual != expected {
          mismatches.append(
            "U+\(String(value, radix: 16, uppercase: true)): \(actual) ≠ \(expected)")
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
  }
}
