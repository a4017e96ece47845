/// The dashboard's keys in groups, as a reference outside the dashboard reads them (the
/// manual page): the same tables of ``Keymap`` that turn keys into actions, draw the `?` help
/// and the hint bar, so no reference can list a key that does something else.
public enum KeyReference {
  /// The keys in force in one situation.
  public struct Group: Sendable {
    /// Where the keys work, in a few words.
    public let title: String
    /// The bindings in force there.
    public let bindings: [KeyBinding]
  }

  /// Every table of the key map, the panes' first.
  public static let groups: [Group] = [
    Group(title: "In the panes", bindings: Keymap.bindings),
    Group(title: "On the world map (other keys work as in the list)", bindings: Keymap.mapBindings),
    Group(title: "While a filter is typed (other keys are text)", bindings: Keymap.filterBindings),
    Group(
      title: "In the mark dialog (other keys go to the date)", bindings: Keymap.markDialogBindings),
    Group(
      title: "In the step dialog (other keys go to the field being typed)",
      bindings: Keymap.stepDialogBindings),
    Group(
      title: "At the date prompt (other keys go to the date)", bindings: Keymap.datePromptBindings),
    Group(title: "While the help is open", bindings: Keymap.helpBindings),
  ]

  /// The pane a binding is meant for, by its title, or nil for a binding of every pane.
  public static func paneTitle(of binding: KeyBinding) -> String? {
    guard case .pane(let pane) = binding.context else { return nil }
    return pane.title
  }
}
