import Synchronization
import TerminalUI

/// The last few paragraphs wrapped, kept by what they were wrapped from (the lines
/// themselves and the width), so a frame that shows the same text wraps it once.
///
/// The key is the content, never a counter: text that changed is wrapped again, whatever
/// else changed or did not. Wrapping the overview was a third of a navigation key's cost.
final class WrapMemo: Sendable {
  /// How many wrapped paragraphs are kept.
  static let capacity = 8

  private struct Entry: Sendable {
    var lines: [Line]
    var width: Int
    var wrapped: [Line]
  }

  private let entries = Mutex<[Entry]>([])

  /// `lines` wrapped to `width`, from the memo when the same lines were wrapped to the same
  /// width lately.
  func wrapped(_ lines: [Line], width: Int) -> [Line] {
    if let kept = entries.withLock({ entries in
      entries.first { $0.width == width && $0.lines == lines }?.wrapped
    }) {
      return kept
    }
    let wrapped = Paragraph(lines: lines).wrappedLines(width: width)
    entries.withLock { entries in
      entries.insert(Entry(lines: lines, width: width, wrapped: wrapped), at: 0)
      if entries.count > WrapMemo.capacity { entries.removeLast() }
    }
    return wrapped
  }

  /// Draws `lines` wrapped to `area`'s width (from the memo) into `area`.
  func render(_ lines: [Line], into buffer: inout Buffer, area: Rect) {
    guard !area.isEmpty else { return }
    let shown = wrapped(lines, width: area.width).prefix(area.height)
    Paragraph(lines: Array(shown), wraps: false).render(into: &buffer, area: area)
  }
}
