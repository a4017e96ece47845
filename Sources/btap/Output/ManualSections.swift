import Dashboard
import TreatyModel

/// The manual page's sections that the argument parser cannot know: the dashboard's keys
/// (from the key map's tables), the environment and the files, in mdoc, the macro package
/// of the parser's generated page they are added to.
enum ManualSections {
  /// Every section, in the order a manual page puts them.
  static func text() -> String {
    (keys() + environment() + files()).joined(separator: "\n") + "\n"
  }

  /// `DASHBOARD KEYS`: one list per table of the key map.
  static func keys() -> [String] {
    var lines = [
      ".Sh \"DASHBOARD KEYS\"",
      text("The dashboard's keys, from the same tables that drive it and its ? help."),
    ]
    for group in KeyReference.groups {
      lines += [".Ss " + argument(group.title), ".Bl -tag -width Ds"]
      for binding in group.bindings {
        lines.append(".It Sy " + arguments(binding.keysLabel(ascii: true)))
        var description = binding.description
        if let pane = KeyReference.paneTitle(of: binding) { description += " (\(pane) pane)" }
        lines.append(text(description))
      }
      lines.append(".El")
    }
    return lines
  }

  /// `ENVIRONMENT`: the variables btap reads.
  static func environment() -> [String] {
    let variables: [(name: String, meaning: String)] = [
      ("BTAP_DATA_DIR", "Where your data is kept, unless --data-dir is given."),
      (
        "XDG_DATA_HOME",
        "Your data is kept in its btap folder when neither --data-dir nor BTAP_DATA_DIR is set "
          + "(default ~/.local/share)."
      ),
      (
        "XDG_STATE_HOME",
        "The dashboard remembers its pane, order and filter in its btap folder "
          + "(default ~/.local/state)."
      ),
      ("BTAP_RESOURCES", "A folder of shipped data to read instead of the installed one."),
      (
        "LANG, LC_CTYPE, LC_ALL",
        "The dashboard draws with box and braille characters under a UTF-8 locale, and with "
          + "ASCII otherwise (as with --ascii)."
      ),
    ]
    var lines = [".Sh ENVIRONMENT", ".Bl -tag -width Ds"]
    for variable in variables {
      lines += [".It Ev " + arguments(variable.name), text(variable.meaning)]
    }
    return lines + [".El"]
  }

  /// `FILES`: the shipped data and the user's files, by the names the model gives them.
  static func files() -> [String] {
    let shipped = [
      TreatyDataset.FileName.treaty, TreatyDataset.FileName.parties,
      TreatyDataset.FileName.states, TreatyDataset.FileName.declarations,
      TreatyDataset.FileName.articles, TreatyDataset.FileName.overview,
      TreatyDataset.FileName.facts, TreatyDataset.FileName.timeline,
      TreatyDataset.FileName.news,
    ]
    let entries: [(path: String, meaning: String)] = [
      (
        "share/btap/",
        "The shipped data, read-only, found beside the folder of the btap executable "
          + "(../share/btap): " + shipped.joined(separator: ", ")
          + ", and the world map's grid. Its date is what btap --version reports."
      ),
      (
        "libexec/btap/btap-feed",
        "The helper that reads feed files for btap news import, kept apart so that btap "
          + "itself holds no XML parser."
      ),
      (
        "~/.local/share/btap/",
        "Your data (see ENVIRONMENT for where else it may be): " + MarkStore.fileName
          + " is the journal of every mark, undo and redo; " + NewsReadState.fileName
          + " records the news you have read; " + ImportedNews.fileName
          + " keeps the news you imported. Each is plain tab-separated text, saved "
          + "atomically. With the default install prefix (~/.local) the shipped data shares "
          + "this folder; no names are shared, and uninstalling removes only the shipped files."
      ),
      (
        "~/.local/state/btap/" + InterfaceState.fileName,
        "What the dashboard remembers between runs; deleting it only resets the view."
      ),
    ]
    var lines = [".Sh FILES", ".Bl -tag -width Ds"]
    for entry in entries {
      lines += [".It Pa " + arguments(entry.path), text(entry.meaning)]
    }
    return lines + [".El"]
  }

  /// A line of running text: backslashes escaped, and a leading period or apostrophe kept
  /// from reading as a request.
  static func text(_ words: String) -> String {
    let escaped = words.replacingBackslashes()
    return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
  }

  /// Words as macro arguments, each kept literal: a lone `[`, `.` or `?` is otherwise a
  /// delimiter and a word such as `Ta` a macro.
  static func arguments(_ words: String) -> String {
    words.split(separator: " ").map { "\\&" + String($0).replacingBackslashes() }
      .joined(separator: " ")
  }

  /// A title as one quoted macro argument.
  static func argument(_ words: String) -> String {
    "\"" + words.replacingBackslashes().split(separator: "\"").joined(separator: "\\(dq") + "\""
  }
}

extension String {
  /// The text with each backslash written as roff's `\e`.
  fileprivate func replacingBackslashes() -> String {
    split(separator: "\\", omittingEmptySubsequences: false).joined(separator: "\\e")
  }
}
