/// Something that draws itself into a rectangle of a ``Buffer``.
///
/// Widgets are values built fresh for every frame; they never touch the terminal and never
/// draw outside `area` (nor outside the buffer).
public protocol Widget {
  /// Draws the widget into `area` of `buffer`.
  func render(into buffer: inout Buffer, area: Rect)
}
