import TerminalUI

/// The News pane's state: the list or one item's detail, and the selection.
public struct NewsState: Equatable, Sendable {
  /// What the pane shows.
  public enum Mode: Hashable, Sendable {
    /// The list of items.
    case list
    /// The selected item's detail.
    case detail
  }

  /// What the pane shows.
  public var mode: Mode = .list
  /// The selection and scroll position.
  public var list: ListState

  /// A list of `count` items, the first selected.
  public init(count: Int) {
    list = ListState(itemCount: count)
  }
}
