import Synchronization
import TerminalUI
import TreatyModel

/// The last drawing of each part of the screen that a key seldom changes, reused while
/// everything it is drawn from stays the same.
///
/// A key that moves the selection in one pane leaves the others as they were: their cells are
/// copied from the previous frame instead of being drawn again. Each drawing is kept under a
/// ``Key`` that names all it depends on: where it is, its focus, the theme, the model's
/// revision (which changes with every change of the data), the viewed date and the part's
/// own interface state. The same state still gives the same screen.
final class PaneDrawings: Sendable {
  /// The parts of the screen kept.
  enum Part: Hashable, Sendable {
    /// The three header rows with the gauge.
    case header(viewedDate: CalendarDate?, today: CalendarDate)
    /// The overview and how far it is scrolled.
    case overview(scroll: Int)
    /// The rights pane and its list.
    case rights(list: ListState)
    /// The news pane, its list, and whether an item's detail is open.
    case news(list: ListState, isDetailOpen: Bool)
  }

  /// Everything a drawing depends on.
  struct Key: Hashable, Sendable {
    /// The part and its own interface state.
    var part: Part
    /// Where it is drawn.
    var area: Rect
    /// Whether its pane has the focus.
    var isFocused: Bool
    /// The styles and glyphs.
    var theme: Theme
    /// The model's revision.
    var revision: Int
    /// The date everything is shown as of.
    var date: CalendarDate

    /// Which slot the drawing is kept in: one per part of the screen.
    var slot: Int {
      switch part {
      case .header: 0
      case .overview: 1
      case .rights: 2
      case .news: 3
      }
    }
  }

  private let drawings = Mutex<[Int: (key: Key, region: BufferRegion)]>([:])

  /// Draws the part named by `key` into `buffer`: the kept cells when the key is unchanged,
  /// else by calling `draw`, whose result is kept for next time.
  func draw(_ key: Key, into buffer: inout Buffer, draw: (inout Buffer) -> Void) {
    if let kept = drawings.withLock({ $0[key.slot] }), kept.key == key {
      buffer.paste(kept.region)
      return
    }
    draw(&buffer)
    let region = buffer.copy(key.area)
    drawings.withLock { $0[key.slot] = (key, region) }
  }
}
