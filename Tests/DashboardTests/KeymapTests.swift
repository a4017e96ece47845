import Dashboard
import TerminalUI
import Testing

@Suite("Key map: actions, help and hints from one table")
struct KeymapTests {
  typealias F = DashboardFixtures

  @Test("keys in the panes give their actions")
  func paneKeys() throws {
    let state = try F.state()
    let expected: [(Key, Action?)] = [
      (.tab, .focusNext), (.backTab, .focusPrevious), (.character("1"), .focus(.overview)),
      (.character("4"), .focus(.parties)), (.character("j"), .moveSelection(1)),
      (.down, .moveSelection(1)), (.character("k"), .moveSelection(-1)), (.up, .moveSelection(-1)),
      (.character("g"), .moveToFirst), (.character("G"), .moveToLast), (.home, .moveToFirst),
      (.end, .moveToLast), (.pageUp, .pageUp), (.pageDown, .pageDown),
      (.character(" "), .pageDown), (.enter, .openDetail), (.escape, .cancel),
      (.character("?"), .showHelp), (.character("/"), .beginFilter), (.character("m"), .beginMark),
      (.character("u"), .undo), (.control("r"), .redo), (.character("["), .stepBack),
      (.character("]"), .stepForward), (.character("t"), .openDatePrompt),
      (.character("s"), .cycleSort), (.character("e"), .toggleEveryState),
      (.character("q"), .quit), (.control("c"), .quit), (.character("x"), nil),
    ]
    for (key, action) in expected {
      #expect(Keymap.action(for: key, in: state) == action, "\(key)")
    }
  }

  @Test("while filtering, letters are text and q does not quit; Ctrl-C always quits")
  func filterKeys() throws {
    var state = try F.state()
    F.send(&state, .beginFilter)
    #expect(Keymap.action(for: .character("q"), in: state) == .textInput(.character("q")))
    #expect(Keymap.action(for: .down, in: state) == .moveSelection(1))
    #expect(Keymap.action(for: .enter, in: state) == .confirm)
    #expect(Keymap.action(for: .control("c"), in: state) == .quit)
  }

  @Test("in the mark dialog, r a s d pick the kind and digits go to the date")
  func dialogKeys() throws {
    var state = try F.state()
    F.send(&state, .beginMark)
    #expect(Keymap.action(for: .character("a"), in: state) == .chooseMarkKind(.accession))
    #expect(Keymap.action(for: .character("2"), in: state) == .textInput(.character("2")))
    #expect(Keymap.action(for: .tab, in: state) == .cycleMarkKind(1))
    #expect(Keymap.action(for: .enter, in: state) == .confirm)
    #expect(Keymap.action(for: .escape, in: state) == .cancel)
  }

  @Test("every key the help lists gives the action listed with it, on the list and on the map")
  func helpIsTrue() throws {
    let list = try F.state()
    for binding in Keymap.bindings {
      for entry in binding.entries {
        for key in entry.keys {
          #expect(Keymap.action(for: key, in: list) == entry.action, "\(key)")
        }
      }
    }
    var map = try F.state()
    F.send(&map, .toggleMap)
    for binding in Keymap.mapBindings {
      for entry in binding.entries {
        for key in entry.keys {
          #expect(Keymap.action(for: key, in: map) == entry.action, "\(key) on the map")
        }
      }
    }
  }

  @Test("the help shows every binding's keys and words, in ASCII too")
  func helpShowsTheTable() throws {
    var state = try F.state()
    F.send(&state, .showHelp)
    for isASCII in [false, true] {
      let text = DashboardView(theme: Theme(isASCII: isASCII)).render(state).lines.joined(
        separator: "\n")
      for binding in Keymap.bindings + Keymap.mapBindings {
        #expect(text.contains(binding.keysLabel(ascii: isASCII)), "\(binding.description)")
        #expect(text.contains(binding.description))
      }
    }
  }

  @Test("the hint bar comes from the bindings in force")
  func hints() throws {
    var state = try F.state()
    let labels = { (state: AppState) in Keymap.hints(for: state, ascii: false).map(\.label) }
    #expect(
      labels(state) == [
        "quit", "keys", "pane", "filter", "mark", "map", "sort", "all states", "undo",
        "time travel",
      ])
    F.send(&state, .focus(.news))
    #expect(
      labels(state) == [
        "quit", "keys", "pane", "open", "read/unread", "open link", "fetch", "undo",
        "time travel",
      ])
    F.send(&state, .focus(.parties), .beginFilter)
    #expect(labels(state) == ["move", "keep", "clear"])
    F.send(&state, .confirm, .toggleMap)
    #expect(labels(state).prefix(3) == ["jump", "pick", "list"])
    #expect(!labels(state).contains("filter"))
  }
}
