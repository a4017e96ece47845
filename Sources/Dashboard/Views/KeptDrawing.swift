import Synchronization
import TerminalUI

/// The last drawing of one part of the screen, copied into the next frame while everything
/// it is drawn from is unchanged.
///
/// The key is the drawing's inputs themselves (its area, focus, theme and the values it
/// reads from the state), compared by value: nothing can change a drawing without changing
/// its key, and no counter stands in for the data. A navigation key in one pane redraws that
/// pane and copies the others.
final class KeptDrawing: Sendable {
  private let kept = Mutex<(key: DrawingKey, region: BufferRegion)?>(nil)

  /// Draws into `area` of `buffer`: the kept cells when `key` is the kept drawing's key, else
  /// by calling `draw`, whose cells are then kept under `key`.
  func draw(
    _ key: DrawingKey, area: Rect, into buffer: inout Buffer, draw: (inout Buffer) -> Void
  ) {
    if let region = kept.withLock({ $0?.key == key ? $0?.region : nil }) {
      buffer.paste(region)
      return
    }
    draw(&buffer)
    let region = buffer.copy(area)
    kept.withLock { $0 = (key, region) }
  }
}
