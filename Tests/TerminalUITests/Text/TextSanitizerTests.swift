import TerminalUI
import Testing

@Suite struct TextSanitizerTests {
  @Test func plainTextIsUnchanged() {
    #expect(TextSanitizer.clean("Côte d'Ivoire 日本") == "Côte d'Ivoire 日本")
    #expect(TextSanitizer.isClean("plain"))
  }

  @Test func removesControlCharacters() {
    #expect(TextSanitizer.clean("a\u{1B}[2Jb") == "a[2Jb")
    #expect(TextSanitizer.clean("a\u{07}\u{00}\u{7F}b") == "ab")
    #expect(TextSanitizer.clean("a\u{9B}31mb") == "a31mb")
    #expect(TextSanitizer.clean("line\r\nnext") == "line next")
    #expect(TextSanitizer.clean("tab\there") == "tab here")
    #expect(TextSanitizer.clean("one\ntwo") == "one two")
  }

  @Test func removesBidiOverrides() {
    #expect(TextSanitizer.clean("abc\u{202E}def\u{202C}") == "abcdef")
    #expect(TextSanitizer.clean("\u{2066}x\u{2069}") == "x")
    #expect(!TextSanitizer.isClean("\u{202E}"))
  }
}
