import CNcursesw
import TerminalUI

/// Translates what `wget_wch` returns into ``Key`` values.
///
/// `wget_wch` reports either a character (status `OK`) or a curses key code (status
/// `KEY_CODE_YES`); the codes are read from the C library, never copied.
struct KeyDecoder {
  /// The curses key code for a terminal resize (`KEY_RESIZE`).
  let resizeCode = btap_key_resize()
  /// The curses key code announcing a mouse event (`KEY_MOUSE`).
  let mouseCode = btap_key_mouse()
  private let functionKeys: [Int32: Key]

  /// Creates a decoder with the key codes of the linked ncurses.
  init() {
    var table: [Int32: Key] = [
      btap_key_up(): .up,
      btap_key_down(): .down,
      btap_key_left(): .left,
      btap_key_right(): .right,
      btap_key_home(): .home,
      btap_key_end(): .end,
      btap_key_page_up(): .pageUp,
      btap_key_page_down(): .pageDown,
      btap_key_delete(): .delete,
      btap_key_insert(): .insert,
      btap_key_back_tab(): .backTab,
      btap_key_backspace(): .backspace,
      btap_key_enter(): .enter,
    ]
    let firstFunctionKey = btap_key_f0()
    for number in 1..<btap_key_function_count() {
      table[firstFunctionKey + number] = .function(Int(number))
    }
    functionKeys = table
  }

  /// The key for a curses key code (status `KEY_CODE_YES`), or `nil` for a key btap ignores.
  func key(forKeyCode code: Int32) -> Key? {
    functionKeys[code]
  }

  /// The key for a character code point (status `OK`), or `nil` for one that is not a key.
  ///
  /// DEL and Ctrl-H are Backspace, Ctrl-I is Tab, Ctrl-J and Ctrl-M are Enter, ESC is Escape,
  /// the other C0 codes are ``Key/control(_:)`` with a lowercase letter (or the punctuation
  /// of Ctrl-\ ... Ctrl-_), and everything else is a ``Key/character(_:)``.
  static func key(forCodePoint value: UInt32) -> Key? {
    switch value {
    case 0x7F, 0x08: return .backspace
    case 0x09: return .tab
    case 0x0A, 0x0D: return .enter
    case 0x1B: return .escape
    case 0x01...0x1A:
      return Unicode.Scalar(value + 0x60).map { .control(Character($0)) }
    case 0x1C...0x1F:
      return Unicode.Scalar(value + 0x40).map { .control(Character($0)) }
    case 0x00, 0x80...0x9F:
      return nil
    default:
      return Unicode.Scalar(value).map { .character(Character($0)) }
    }
  }
}
