import TerminalUI

/// One line of the key map: the keys, the action each gives, what they do and where.
///
/// The key map's tables of bindings are the one truth for three things: which action a key
/// gives (``Keymap/action(for:in:)``), the `?` help, and the hint bar.
public struct KeyBinding: Equatable, Sendable {
  /// Where a binding applies.
  public enum Context: Hashable, Sendable {
    /// In every pane.
    case everywhere
    /// Meant for one pane (the reducer decides what it does elsewhere).
    case pane(Pane)
  }

  /// Keys that give the same action.
  public struct Entry: Equatable, Sendable {
    /// The keys.
    public var keys: [Key]
    /// The action they give.
    public var action: Action
  }

  /// The keys and their actions; several entries share one line ("j ↓ / k ↑").
  public var entries: [Entry]
  /// What they do.
  public var description: String
  /// Where they apply.
  public var context: Context
  /// A short label for the hint bar, or nil to leave it out of the bar.
  public var hint: String?
  /// The panes whose hint bar shows it (all where it applies when nil).
  public var hintPanes: Set<Pane>?

  /// A binding of one or more entries.
  public init(
    _ entries: [([Key], Action)], _ description: String, context: Context = .everywhere,
    hint: String? = nil, hintPanes: Set<Pane>? = nil
  ) {
    self.entries = entries.map { Entry(keys: $0.0, action: $0.1) }
    self.description = description
    self.context = context
    self.hint = hint
    self.hintPanes = hintPanes
  }

  /// The keys as the help shows them: "j ↓ / k ↑", or "j Down / k Up" in ASCII.
  public func keysLabel(ascii: Bool) -> String {
    let singles = entries.compactMap { $0.keys.count == 1 ? $0.keys.first : nil }
      .map { KeyBinding.label($0, ascii: ascii) }
    if singles.count == entries.count, singles.allSatisfy({ $0.count == 1 }) {
      return singles.joined(separator: " ")
    }
    return entries.map { entry in
      entry.keys.map { KeyBinding.label($0, ascii: ascii) }.joined(separator: " ")
    }.joined(separator: " / ")
  }

  /// The keys as the hint bar shows them: the first key of each entry when they are all
  /// single characters ("[ ]"), else the first key alone ("Tab").
  public func hintKeys(ascii: Bool) -> String {
    let firsts = entries.compactMap(\.keys.first).map { KeyBinding.label($0, ascii: ascii) }
    if firsts.allSatisfy({ $0.count == 1 }) { return firsts.joined(separator: " ") }
    return firsts.first ?? ""
  }

  /// Whether its hint belongs on the bar when `pane` has the focus.
  public func isHinted(in pane: Pane) -> Bool {
    guard hint != nil else { return false }
    if let hintPanes { return hintPanes.contains(pane) }
    if case .pane(let own) = context { return own == pane }
    return true
  }

  /// A key's name: its character, or a word or arrow for the others.
  public static func label(_ key: Key, ascii: Bool) -> String {
    switch key {
    case .character(" "): return "Space"
    case .character(let character): return String(character)
    case .control(let character): return "Ctrl-" + String(character).uppercased()
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .backspace: return "Backspace"
    case .delete: return "Delete"
    case .insert: return "Insert"
    case .up: return ascii ? "Up" : "↑"
    case .down: return ascii ? "Down" : "↓"
    case .left: return ascii ? "Left" : "←"
    case .right: return ascii ? "Right" : "→"
    case .home: return "Home"
    case .end: return "End"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .function(let number): return "F\(number)"
    }
  }
}
