import Dashboard
import TerminalUI
import Testing

@Suite("Key map")
struct KeymapTests {
  typealias F = DashboardFixtures

  private func name(_ key: Key, _ state: AppState) -> String {
    Keymap.action(for: key, in: state).map { String(describing: $0) } ?? "nil"
  }

  @Test("keys in the panes")
  func paneKeys() throws {
    let state = try F.state()
    let expected: [(Key, String)] = [
      (.tab, "focusNext"), (.backTab, "focusPrevious"),
      (.character("1"), "focus(Dashboard.Pane.overview)"),
      (.character("4"), "focus(Dashboard.Pane.parties)"), (.character("j"), "moveSelection(1)"),
      (.down, "moveSelection(1)"), (.character("k"), "moveSelection(-1)"),
      (.up, "moveSelection(-1)"),
      (.character("g"), "moveToFirst"), (.character("G"), "moveToLast"), (.home, "moveToFirst"),
      (.end, "moveToLast"), (.pageUp, "pageUp"), (.pageDown, "pageDown"), (.enter, "openDetail"),
      (.escape, "cancel"), (.character("?"), "showHelp"), (.character("/"), "beginFilter"),
      (.character("m"), "beginMark"), (.character("u"), "undo"), (.control("r"), "redo"),
      (.character("["), "stepBack"), (.character("]"), "stepForward"),
      (.character("t"), "openDatePrompt"),
      (.character("s"), "cycleSort"), (.character("e"), "toggleEligible"),
      (.character("q"), "quit"),
      (.control("c"), "quit"), (.character("x"), "nil"),
    ]
    for (key, action) in expected {
      #expect(name(key, state) == action, "\(key)")
    }
  }

  @Test("while filtering, letters are text and q does not quit; Ctrl-C always quits")
  func filterKeys() throws {
    var state = try F.state()
    state.isFiltering = true
    #expect(name(.character("q"), state) == "textInput(TerminalUI.Key.character(\"q\"))")
    #expect(name(.down, state) == "moveSelection(1)")
    #expect(name(.enter, state) == "confirm")
    #expect(name(.control("c"), state) == "quit")
  }

  @Test("in the mark dialog, r a s d pick the kind and digits go to the date")
  func dialogKeys() throws {
    var state = try F.state()
    F.send(&state, .beginMark)
    #expect(
      name(.character("a"), state) == "chooseMarkKind(Dashboard.MarkDialogState.Kind.accession)")
    #expect(name(.character("2"), state) == "textInput(TerminalUI.Key.character(\"2\"))")
    #expect(name(.tab, state) == "cycleMarkKind(1)")
    #expect(name(.enter, state) == "confirm")
    #expect(name(.escape, state) == "cancel")
  }

  @Test("every key the help lists is bound")
  func helpIsTrue() throws {
    let state = try F.state()
    let listed: [Key] = [
      .tab, .backTab, .character("1"), .character("2"), .character("3"), .character("4"),
      .character("j"), .character("k"), .down, .up, .character("g"), .character("G"), .home, .end,
      .pageUp, .pageDown, .enter, .escape, .character("z"), .character("["), .character("]"),
      .character("t"), .character("."), .character("/"), .character("s"), .character("e"),
      .character("m"), .character("M"), .character("u"), .control("r"), .character("r"),
      .character("?"),
      .character("q"), .control("c"),
    ]
    for key in listed { #expect(Keymap.action(for: key, in: state) != nil, "\(key)") }
    #expect(Keymap.bindings.count == 20)
  }
}
