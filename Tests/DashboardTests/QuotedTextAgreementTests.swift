import TerminalUI
import Testing
import TreatyModel

/// The model's ``QuotedText`` (for the feed helper, which links no terminal code) and
/// TerminalUI's ``TextSanitizer`` clean text by the same rules.
@Suite struct QuotedTextAgreementTests {
  @Test func bothCleanEveryScalarAlike() {
    var values = Array(0..<0x3100) + [0x061C, 0xFEFF, 0x1F600, 0xE0001, 0x10FFFD]
    values += Array(0x2000...0x206F)
    for value in values {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      let text = "a" + String(Character(scalar)) + "b"
      #expect(QuotedText.clean(text) == TextSanitizer.clean(text), "U+\(String(value, radix: 16))")
    }
  }

  @Test func anEscapeSequenceBecomesInertText() {
    let name = "feed\u{1B}]0;pwned\u{07}\u{1B}[31m\u{202E}.xml\tx\ny"
    #expect(QuotedText.clean(name) == "feed]0;pwned[31m.xml x y")
    #expect(QuotedText.clean(name) == TextSanitizer.clean(name))
    #expect(QuotedText.cleanLines("a\u{1B}\nb\u{07}") == "a\nb")
  }
}
