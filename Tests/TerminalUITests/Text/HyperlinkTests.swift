import Testing

@testable import TerminalUI

/// OSC 8 links: which terminals get them, and which addresses may be written.
@Suite struct HyperlinkTests {
  static func supported(_ variables: [String: String]) -> Bool {
    Hyperlink.isSupported(environment: { variables[$0] })
  }

  @Test func onlyTerminalsKnownToShowThemGetLinks() {
    #expect(Self.supported(["TERM_PROGRAM": "iTerm.app"]))
    #expect(Self.supported(["VTE_VERSION": "7600"]))
    #expect(!Self.supported(["VTE_VERSION": "4601"]))
    #expect(Self.supported(["TERM": "xterm-kitty"]))
    #expect(!Self.supported(["TERM": "xterm-256color"]))
    #expect(!Self.supported(["TERM_PROGRAM": "iTerm.app", "TMUX": "/tmp/tmux-0/default,1,0"]))
    #expect(Self.supported(["TERM": "xterm", "BTAP_HYPERLINKS": "1"]))
    #expect(!Self.supported(["TERM_PROGRAM": "WezTerm", "BTAP_HYPERLINKS": "0"]))
  }

  @Test func aLinkIsWrittenOnlyForAPrintableWebAddress() {
    #expect(
      Hyperlink.wrap("WIPO", url: "https://www.wipo.int/")
        == "\u{1B}]8;;https://www.wipo.int/\u{1B}\\WIPO\u{1B}]8;;\u{1B}\\")
    #expect(Hyperlink.wrap("x", url: "https://a.example/\u{1B}]0;title\u{07}") == "x")
    #expect(Hyperlink.wrap("x", url: "javascript:alert(1)") == "x")
    #expect(Hyperlink.wrap("x", url: "https://a.example/with space") == "x")
  }
}
