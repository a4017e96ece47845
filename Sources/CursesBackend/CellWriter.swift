import CNcursesw
import TerminalUI

/// Writes single cells into a curses window: symbol, colour pair and attributes.
///
/// A cell's grapheme cluster becomes a `cchar_t` (one spacing character plus up to four
/// combining ones) placed with `mvwadd_wch`. When the C library's width of a symbol (`wcwidth`)
/// disagrees with the width the buffer laid out, the writer keeps the columns right: an emoji
/// that the buffer counts as two columns but curses as one is written without its
/// variation selector and followed by a blank; a symbol curses cannot place in the columns the
/// buffer gave it is shown as `?`.
final class CellWriter {
  /// Converts styles to attributes and colour pairs.
  var styles: StyleEncoder
  /// Scratch space for the NUL-terminated code points of one cell.
  private let characters: UnsafeMutablePointer<wchar_t>
  private let characterLimit: Int
  private let spaceCharacter = wchar_t(UInt8(ascii: " "))
  private let placeholderCharacter = wchar_t(UInt8(ascii: "?"))
  private let variationSelector: UInt32 = 0xFE0F

  /// Creates a writer that encodes styles with `styles`.
  init(styles: StyleEncoder) {
    self.styles = styles
    characterLimit = Int(btap_cell_code_point_limit())
    characters = .allocate(capacity: characterLimit + 1)
    characters.initialize(repeating: 0, count: characterLimit + 1)
  }

  deinit {
    characters.deallocate()
  }

  /// Writes `cell` at column `x`, row `y` with the attributes and colour pair of `encoding`
  /// (from ``styles``); `columns` is 2 when the buffer gave the symbol a trailing continuation
  /// cell that is also on screen, 1 otherwise.
  func write(
    _ cell: Cell, encoding: StyleEncoder.Encoding, x: Int, y: Int, columns: Int,
    into window: UnsafeMutablePointer<WINDOW>
  ) {
    let utf8 = cell.symbol.utf8
    if utf8.count == 1, let byte = utf8.first, byte >= 0x20, byte < 0x7F {
      // Printable ASCII, most cells: one code point whose width is 1.
      characters[0] = wchar_t(byte)
      characters[1] = 0
      put(x: x, y: y, encoding: encoding, window: window)
      return
    }
    var count = 0
    var first: UInt32 = 0
    for scalar in cell.symbol.unicodeScalars {
      if count == 0 { first = scalar.value }
      if count == characterLimit { break }
      characters[count] = wchar_t(scalar.value)
      count += 1
    }
    characters[count] = 0
    if count == 0 || first < 0x20 {
      characters[0] = spaceCharacter
      characters[1] = 0
    } else if first >= 0x7F {
      let width = Int(wcwidth(wchar_t(first)))
      if width != columns {
        if width == 1, columns == 2 {
          removeVariationSelectors(count: count)
        } else {
          characters[0] = placeholderCharacter
          characters[1] = 0
        }
        put(x: x, y: y, encoding: encoding, window: window)
        if columns == 2 {
          characters[0] = spaceCharacter
          characters[1] = 0
          put(x: x + 1, y: y, encoding: encoding, window: window)
        }
        return
      }
    }
    put(x: x, y: y, encoding: encoding, window: window)
  }

  /// Drops U+FE0F from the scratch code points, which asks for emoji presentation.
  private func removeVariationSelectors(count: Int) {
    var kept = 0
    for index in 0..<count where UInt32(bitPattern: characters[index]) != variationSelector {
      characters[kept] = characters[index]
      kept += 1
    }
    characters[kept] = 0
  }

  /// Places the scratch code points at (x, y).
  private func put(
    x: Int, y: Int, encoding: StyleEncoder.Encoding, window: UnsafeMutablePointer<WINDOW>
  ) {
    _ = btap_put_cell(
      window, Int32(y), Int32(x), characters, encoding.attributes, encoding.pair)
  }
}
