/// OSC 8 hyperlinks: text a terminal shows as a link to a web address, where the terminal is
/// known to support them.
///
/// A terminal that does not know OSC 8 mostly ignores it, but some print it as garbage, so
/// links are written only to terminals that announce themselves as supporting them (or when
/// `BTAP_HYPERLINKS=1`; `BTAP_HYPERLINKS=0` turns them off).
public enum Hyperlink {
  /// Whether the terminal described by the environment shows OSC 8 links.
  public static func isSupported(environment: (String) -> String?) -> Bool {
    switch environment("BTAP_HYPERLINKS") {
    case "1": return true
    case "0": return false
    default: break
    }
    // tmux and screen pass OSC 8 on only when set up to; without that it may be dropped.
    if environment("TMUX") != nil || environment("STY") != nil { return false }
    let program = environment("TERM_PROGRAM") ?? ""
    if ["iTerm.app", "WezTerm", "vscode", "ghostty", "Hyper", "rio"].contains(program) {
      return true
    }
    if let vte = environment("VTE_VERSION").flatMap(Int.init), vte >= minimumVTEVersion {
      return true
    }
    if environment("KITTY_WINDOW_ID") != nil || environment("WT_SESSION") != nil
      || environment("KONSOLE_VERSION") != nil
    {
      return true
    }
    let terminal = environment("TERM") ?? ""
    return terminal == "xterm-kitty" || terminal.hasPrefix("foot") || terminal == "alacritty"
  }

  /// The first VTE release (GNOME Terminal and others) with OSC 8: 0.50, written 5000.
  static let minimumVTEVersion = 5_000

  /// Whether an address can go into an OSC 8 sequence as it is: `http` or `https`, printable
  /// ASCII only (so it cannot end the sequence or start another).
  public static func isSafe(_ url: String) -> Bool {
    let lowered = url.prefix(8).lowercased()
    guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return false }
    return url.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
  }

  /// `text` as a link to `url`, or `text` alone when the address is not safe to write.
  public static func wrap(_ text: String, url: String) -> String {
    guard isSafe(url), !text.isEmpty else { return text }
    return "\u{1B}]8;;" + url + "\u{1B}\\" + text + "\u{1B}]8;;\u{1B}\\"
  }
}
