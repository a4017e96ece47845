import TerminalUI

/// Turns a key into an action, given what has the keyboard (a dialog, the filter, the map, a
/// pane), from tables that the help and the hint bar are drawn from too.
public enum Keymap {
  /// The keys of the panes, as the `?` help lists them.
  public static let bindings: [KeyBinding] = [
    KeyBinding([([.character("q"), .control("c")], .quit)], "quit", hint: "quit"),
    KeyBinding([([.character("?")], .showHelp)], "this help", hint: "keys"),
    KeyBinding(
      [([.tab], .focusNext), ([.backTab], .focusPrevious)], "next / previous pane", hint: "pane"),
    KeyBinding(
      Pane.allCases.map { ([.character(Character(String($0.number)))], .focus($0)) },
      "Overview, Rights, News, Parties"),
    KeyBinding(
      [
        ([.character("j"), .down], .moveSelection(1)),
        ([.character("k"), .up], .moveSelection(-1)),
      ],
      "move down / up", hint: "move", hintPanes: [.overview, .rights]),
    KeyBinding(
      [([.character("g"), .home], .moveToFirst), ([.character("G"), .end], .moveToLast)],
      "first / last"),
    KeyBinding(
      [([.pageUp], .pageUp), ([.pageDown, .character(" ")], .pageDown)], "page up / down"),
    KeyBinding(
      [([.enter], .openDetail)], "open the detail (a news item is then read)", hint: "open",
      hintPanes: [.news]),
    KeyBinding([([.escape], .cancel)], "close a dialog, detail or filter; leave time travel"),
    KeyBinding([([.character("z")], .toggleZoom)], "zoom the focused pane"),
    KeyBinding(
      [([.character("c")], .toggleChart)], "chart of parties over time / the overview's text",
      context: .pane(.overview), hint: "chart"),
    KeyBinding(
      [([.character("/")], .beginFilter)], "filter by name, code, region or status",
      context: .pane(.parties), hint: "filter"),
    KeyBinding(
      [([.character("m")], .beginMark)],
      "mark a ratification, accession, signature or denunciation", context: .pane(.parties),
      hint: "mark"),
    KeyBinding(
      [([.character("w")], .beginStep)],
      "record a step on the way to depositing (the party's timeline)",
      context: .pane(.parties)),
    KeyBinding(
      [([.character("M")], .toggleMap)],
      "world map: arrows jump between countries, Enter picks", context: .pane(.parties),
      hint: "map"),
    KeyBinding(
      [([.character("T")], .toggleTargets)],
      "targets: the states to win next, in four groups",
      context: .pane(.parties)),
    KeyBinding(
      [([.character("s")], .cycleSort)], "sort by region, name, deposit or status",
      context: .pane(.parties), hint: "sort"),
    KeyBinding(
      [([.character("e")], .toggleEveryState)], "also list states that never signed",
      context: .pane(.parties), hint: "all states"),
    KeyBinding(
      [([.character("r")], .toggleRead)], "mark read / unread", context: .pane(.news),
      hint: "read/unread"),
    KeyBinding(
      [([.character("o")], .openLink)], "open the item's link in your browser",
      context: .pane(.news), hint: "open link"),
    KeyBinding(
      [([.character("R")], .fetchFeeds)],
      "fetch your feeds in the background (add them with btap feeds add)", hint: "fetch",
      hintPanes: [.news]),
    KeyBinding(
      [([.character("p")], .openProposals)],
      "proposed marks from notifications and news"),
    KeyBinding(
      [([.character("u")], .undo), ([.control("r")], .redo)], "undo / redo the latest mark",
      hint: "undo"),
    KeyBinding(
      [([.character("[")], .stepBack), ([.character("]")], .stepForward)],
      "step back / forward through the deposits", hint: "time travel"),
    KeyBinding(
      [([.character("t")], .openDatePrompt), ([.character(".")], .returnToToday)],
      "view the treaty as of a date / back to today"),
  ]

  /// The map's own keys; every other key works as in the list.
  public static let mapBindings: [KeyBinding] = [
    KeyBinding(
      [
        ([.left], .mapMove(.left)), ([.up], .mapMove(.up)), ([.down], .mapMove(.down)),
        ([.right], .mapMove(.right)),
      ],
      "jump to the nearest country that way", context: .pane(.parties), hint: "jump"),
    KeyBinding(
      [([.enter], .confirm)], "pick it in the list", context: .pane(.parties),
      hint: "pick"),
    KeyBinding(
      [([.character("M")], .toggleMap), ([.escape], .cancel)], "back to the list",
      context: .pane(.parties), hint: "list"),
  ]

  /// The targets view's own keys (list and detail); every other key works as in the list.
  public static let targetBindings: [KeyBinding] = [
    KeyBinding(
      [([.right], .cycleTargetGroup(1)), ([.left], .cycleTargetGroup(-1))],
      "next / previous target group", context: .pane(.parties), hint: "group"),
    KeyBinding(
      [([.character("R")], .cycleTargetRegion)], "targets in the next region, then all",
      context: .pane(.parties), hint: "region"),
    KeyBinding(
      [([.character("T")], .toggleTargets)], "back to every party", context: .pane(.parties),
      hint: "parties"),
  ]

  /// The keys while the filter is typed; every other key is text.
  public static let filterBindings: [KeyBinding] = [
    KeyBinding([([.up], .moveSelection(-1)), ([.down], .moveSelection(1))], "move", hint: "move"),
    KeyBinding([([.pageUp], .pageUp), ([.pageDown], .pageDown)], "page"),
    KeyBinding([([.enter], .confirm)], "keep the filter", hint: "keep"),
    KeyBinding([([.escape], .cancel)], "clear the filter", hint: "clear"),
  ]

  /// The keys of the mark dialog; every other key goes to the date.
  public static let markDialogBindings: [KeyBinding] = [
    KeyBinding(
      MarkDialogState.Kind.allCases.map { ([.character($0.shortcut)], .chooseMarkKind($0)) },
      "pick the kind", hint: "kind"),
    KeyBinding(
      [([.tab, .down], .cycleMarkKind(1)), ([.backTab, .up], .cycleMarkKind(-1))],
      "next / previous kind"),
    KeyBinding([([.enter], .confirm)], "save", hint: "save"),
    KeyBinding([([.escape], .cancel)], "cancel", hint: "cancel"),
  ]

  /// The keys of the step dialog; every other key goes to the field being typed.
  public static let stepDialogBindings: [KeyBinding] = [
    KeyBinding(
      [([.up], .cycleStepStage(-1)), ([.down], .cycleStepStage(1))], "previous / next stage",
      hint: "stage"),
    KeyBinding(
      [([.tab], .cycleStepField(1)), ([.backTab], .cycleStepField(-1))],
      "next / previous field: date, source, note", hint: "field"),
    KeyBinding([([.enter], .confirm)], "save", hint: "save"),
    KeyBinding([([.escape], .cancel)], "cancel", hint: "cancel"),
  ]

  /// The keys of the date prompt; every other key goes to the date.
  public static let datePromptBindings: [KeyBinding] = [
    KeyBinding([([.enter], .confirm)], "view", hint: "view"),
    KeyBinding([([.escape], .cancel)], "cancel", hint: "cancel"),
  ]

  /// The keys of the proposals list.
  public static let proposalsBindings: [KeyBinding] = [
    KeyBinding(
      [
        ([.character("j"), .down], .moveSelection(1)),
        ([.character("k"), .up], .moveSelection(-1)),
      ],
      "move", hint: "move"),
    KeyBinding([([.enter], .confirm)], "record the proposal as a mark", hint: "record"),
    KeyBinding([([.character("x")], .dismissProposal)], "dismiss it", hint: "dismiss"),
    KeyBinding([([.character("u")], .undo)], "undo the latest mark or dismissal", hint: "undo"),
    KeyBinding(
      [([.escape, .character("p"), .character("q")], .cancel)], "close", hint: "close"),
  ]

  /// The keys while the help is open.
  public static let helpBindings: [KeyBinding] = [
    KeyBinding(
      [
        ([.character("j"), .down], .moveSelection(1)),
        ([.character("k"), .up], .moveSelection(-1)),
      ],
      "scroll", hint: "scroll"),
    KeyBinding([([.pageUp], .pageUp), ([.pageDown, .character(" ")], .pageDown)], "page"),
    KeyBinding(
      [([.character("g"), .home], .moveToFirst), ([.character("G"), .end], .moveToLast)],
      "top / end"),
    KeyBinding(
      [([.escape, .character("?"), .character("q"), .enter], .cancel)], "close",
      hint: "close"),
  ]

  /// The action for a key, or nil when the key means nothing here.
  public static func action(for key: Key, in state: AppState) -> Action? {
    if key == .control("c") { return .quit }
    switch state.modal {
    case .help: return lookUp(key, in: helpBindings)
    case .mark: return lookUp(key, in: markDialogBindings) ?? .textInput(key)
    case .step: return lookUp(key, in: stepDialogBindings) ?? .textInput(key)
    case .datePrompt: return lookUp(key, in: datePromptBindings) ?? .textInput(key)
    case .proposals: return lookUp(key, in: proposalsBindings)
    case .none: break
    }
    if state.focus == .parties {
      switch state.parties.mode {
      case .filtering: return lookUp(key, in: filterBindings) ?? .textInput(key)
      case .map: if let action = lookUp(key, in: mapBindings) { return action }
      case .list, .detail:
        if state.parties.showsTargets, let action = lookUp(key, in: targetBindings) {
          return action
        }
      }
    }
    return lookUp(key, in: bindings)
  }

  /// The bindings in force for a state: those of the open dialog, the filter, the map, or
  /// the panes.
  public static func activeBindings(for state: AppState) -> [KeyBinding] {
    switch state.modal {
    case .help: return helpBindings
    case .mark: return markDialogBindings
    case .step: return stepDialogBindings
    case .datePrompt: return datePromptBindings
    case .proposals: return proposalsBindings
    case .none: break
    }
    if state.focus == .parties, state.parties.mode == .filtering { return filterBindings }
    if state.focus == .parties, state.parties.mode == .map { return mapBindings + bindings }
    if state.focus == .parties, state.parties.showsTargets { return targetBindings + bindings }
    return bindings
  }

  /// The hint bar for a state: keys and short labels of the bindings in force.
  public static func hints(for state: AppState, ascii: Bool) -> [(key: String, label: String)] {
    var hints: [(key: String, label: String)] = []
    var shown: Set<String> = []
    for binding in activeBindings(for: state) where binding.isHinted(in: state.focus) {
      guard let label = binding.hint, !shown.contains(label) else { continue }
      if state.parties.mode == .map, state.focus == .parties, binding.context == .pane(.parties),
        !mapBindings.contains(binding)
      {
        continue
      }
      if state.parties.showsTargets, state.parties.mode != .map, state.focus == .parties,
        binding.entries.first?.action == .toggleTargets, !targetBindings.contains(binding)
      {
        continue
      }
      shown.insert(label)
      hints.append((binding.hintKeys(ascii: ascii), label))
    }
    if state.modal == .none, state.viewedDate != nil { hints.append(("Esc", "today")) }
    return hints
  }

  private static func lookUp(_ key: Key, in table: [KeyBinding]) -> Action? {
    for binding in table {
      for entry in binding.entries where entry.keys.contains(key) { return entry.action }
    }
    return nil
  }
}
