import Synchronization
import TerminalUI

/// Remembers the last wrapped text of each pane.
///
/// A key that does not change the text does not pay for wrapping it again. Keyed by
/// everything the wrapping depends on.
final class WrapCache: Sendable {
  /// What the wrapped lines depend on.
  struct Key: Hashable, Sendable {
    /// The pane that owns the text.
    var pane: Pane
    /// Anything that changes the text (for the overview: the viewed date).
    var content: String
    /// The width wrapped to.
    var width: Int
    /// Whether the theme is ASCII-only.
    var isASCII: Bool
  }

  private let entries = Mutex<[Key: [Line]]>([:])

  /// The wrapped lines for `key`, computed by `make` only when not remembered.
  func lines(for key: Key, make: () -> [Line]) -> [Line] {
    if let cached = entries.withLock({ $0[key] }) { return cached }
    let lines = make()
    entries.withLock { entries in
      if entries.count > 16 { entries.removeAll() }
      entries[key] = lines
    }
    return lines
  }
}
