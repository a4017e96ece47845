import TerminalUI

/// Turns a key into an action, given what has the keyboard (a dialog, the filter, a pane).
///
/// ``bindings`` lists every effective key for the help overlay; the tests check that each
/// listed key really maps to an action.
public enum Keymap {
  /// Every key the dashboard answers to, as the help overlay shows them.
  public static let bindings: [KeyBinding] = [
    KeyBinding("Tab / Shift-Tab", "next / previous pane"),
    KeyBinding("1 2 3 4", "Overview, Rights, News, Parties"),
    KeyBinding("j k / ↓ ↑", "move down / up"),
    KeyBinding("g G / Home End", "first / last"),
    KeyBinding("PgUp PgDn", "page up / down"),
    KeyBinding("Enter", "open detail (marks news read)"),
    KeyBinding("Esc", "close dialog, detail or filter; leave time travel"),
    KeyBinding("z", "zoom the focused pane"),
    KeyBinding("[ ]", "step back / forward through deposits"),
    KeyBinding("t", "view as of a date"),
    KeyBinding(".", "back to today"),
    KeyBinding("/", "filter by name, code, region or status", "Parties"),
    KeyBinding("s", "sort by region, name, deposit, status", "Parties"),
    KeyBinding("e", "also list states that never signed", "Parties"),
    KeyBinding("m", "mark a ratification, accession, signature or denunciation", "Parties"),
    KeyBinding("M", "world map: arrows jump, Enter selects in the list", "Parties"),
    KeyBinding("u / Ctrl-R", "undo / redo the latest mark"),
    KeyBinding("r", "mark read / unread", "News"),
    KeyBinding("?", "this help"),
    KeyBinding("q / Ctrl-C", "quit"),
  ]

  /// The key hints for the bottom bar, for the current state.
  public static func hints(for state: AppState) -> [(key: String, label: String)] {
    switch state.modal {
    case .mark: return [("r a s d", "kind"), ("Enter", "save"), ("Esc", "cancel")]
    case .datePrompt: return [("Enter", "view"), ("Esc", "cancel")]
    case .help: return [("Esc", "close")]
    case .none: break
    }
    if state.isFiltering {
      return [("type", "filter"), ("↑↓", "move"), ("Enter", "keep"), ("Esc", "clear")]
    }
    var hints: [(key: String, label: String)] = [("q", "quit"), ("?", "keys"), ("Tab", "pane")]
    switch state.focus {
    case .parties:
      if state.isMapShown {
        hints += [("←↑↓→", "jump"), ("Enter", "select"), ("M", "list")]
      } else {
        hints += [("/", "filter"), ("m", "mark"), ("M", "map"), ("s", "sort"), ("e", "all states")]
      }
    case .news: hints += [("Enter", "read"), ("r", "read/unread")]
    case .rights, .overview: hints += [("j/k", "move")]
    }
    hints += [("u", "undo"), ("[ ]", "time travel")]
    if state.viewedDate != nil { hints.append(("Esc", "today")) }
    return hints
  }

  /// The action for a key, or nil when the key means nothing here.
  public static func action(for key: Key, in state: AppState) -> Action? {
    if key == .control("c") { return .quit }
    switch state.modal {
    case .help:
      switch key {
      case .escape, .character("?"), .character("q"), .enter: return .cancel
      default: return nil
      }
    case .mark:
      switch key {
      case .enter: return .confirm
      case .escape: return .cancel
      case .tab, .down: return .cycleMarkKind(1)
      case .backTab, .up: return .cycleMarkKind(-1)
      case .character(let character):
        if let kind = MarkDialogState.Kind.allCases.first(where: { $0.shortcut == character }) {
          return .chooseMarkKind(kind)
        }
        return .textInput(key)
      default: return .textInput(key)
      }
    case .datePrompt:
      switch key {
      case .enter: return .confirm
      case .escape: return .cancel
      default: return .textInput(key)
      }
    case .none: break
    }
    if state.isMapShown, state.focus == .parties {
      switch key {
      case .up: return .mapMove(.up)
      case .down: return .mapMove(.down)
      case .left: return .mapMove(.left)
      case .right: return .mapMove(.right)
      case .enter: return .confirm
      default: break
      }
    }
    if state.isFiltering {
      switch key {
      case .enter: return .confirm
      case .escape: return .cancel
      case .up: return .moveSelection(-1)
      case .down: return .moveSelection(1)
      case .pageUp: return .pageUp
      case .pageDown: return .pageDown
      default: return .textInput(key)
      }
    }
    switch key {
    case .character("q"): return .quit
    case .tab: return .focusNext
    case .backTab: return .focusPrevious
    case .character("1"): return .focus(.overview)
    case .character("2"): return .focus(.rights)
    case .character("3"): return .focus(.news)
    case .character("4"): return .focus(.parties)
    case .character("j"), .down: return .moveSelection(1)
    case .character("k"), .up: return .moveSelection(-1)
    case .character("g"), .home: return .moveToFirst
    case .character("G"), .end: return .moveToLast
    case .pageUp: return .pageUp
    case .pageDown, .character(" "): return .pageDown
    case .enter: return .openDetail
    case .escape: return .cancel
    case .character("?"): return .showHelp
    case .character("z"): return .toggleZoom
    case .character("["): return .stepBack
    case .character("]"): return .stepForward
    case .character("t"): return .openDatePrompt
    case .character("."): return .returnToToday
    case .character("/"): return .beginFilter
    case .character("s"): return .cycleSort
    case .character("e"): return .toggleEligible
    case .character("m"): return .beginMark
    case .character("M"): return .toggleMap
    case .character("u"): return .undo
    case .control("r"): return .redo
    case .character("r"): return .toggleRead
    default: return nil
    }
  }
}
