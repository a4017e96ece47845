import TerminalUI

/// Renders a widget into a fresh buffer of the given size, covering the whole buffer.
func render(_ widget: some Widget, width: Int, height: Int) -> Buffer {
  var buffer = Buffer(width: width, height: height)
  widget.render(into: &buffer, area: buffer.area)
  return buffer
}
