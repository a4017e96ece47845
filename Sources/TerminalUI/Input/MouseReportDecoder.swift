/// Decodes the mouse reports a terminal sends, from the characters that arrive after ESC:
/// code points in, a mouse event (or nothing) out, with no terminal involved.
///
/// A curses library decodes the one encoding its terminal description announces; a report in
/// the other encoding reaches the program as ordinary characters, and `ESC [ M` followed by
/// `q` would quit. Both encodings are decoded here:
/// - X10 (and its UTF-8 extension, mode 1005): `ESC [ M` and three characters, the button
///   code, the column and the row, each plus 32 (columns and rows counted from 1);
/// - SGR (mode 1006): `ESC [ <` button `;` column `;` row, then `M` for a press or `m` for a
///   release, in decimal.
///
/// Button codes: 0, 1 and 2 are the left, middle and right buttons, 3 a release (X10); 64 and
/// 65 the wheel up and down; 32 is added for motion and 4, 8 and 16 for Shift, Meta and
/// Control. Presses and wheel steps become ``MouseEvent``s; releases, motion and malformed
/// reports are consumed and dropped, never turned into keys.
public enum MouseReportDecoder {
  /// What the characters read so far are.
  public enum Outcome: Hashable, Sendable {
    /// They may still become a mouse report: read another character.
    case incomplete
    /// A whole report of `length` characters (counting the ESC): the event it stands for, or
    /// nil for one that is dropped (a release, motion, or a malformed report).
    case report(MouseEvent?, length: Int)
    /// Not a mouse report: the characters are ordinary input.
    case notAReport
  }

  /// The longest SGR report accepted, in characters; anything longer is dropped as malformed.
  public static let maximumLength = 32

  private static let escape: UInt32 = 0x1B
  private static let bracket = UInt32(UInt8(ascii: "["))
  private static let x10Marker = UInt32(UInt8(ascii: "M"))
  private static let sgrMarker = UInt32(UInt8(ascii: "<"))

  /// Decodes `input`, which starts with ESC; `atEnd` says no more characters will come (the
  /// terminal sent nothing more in time), so a report cut short is dropped.
  public static func decode(_ input: [UInt32], atEnd: Bool = false) -> Outcome {
    guard input.first == escape else { return .notAReport }
    guard input.count > 1 else { return atEnd ? .notAReport : .incomplete }
    guard input[1] == bracket else { return .notAReport }
    guard input.count > 2 else { return atEnd ? .notAReport : .incomplete }
    let outcome: Outcome
    switch input[2] {
    case x10Marker: outcome = decodeX10(input)
    case sgrMarker: outcome = decodeSGR(input)
    default: return .notAReport
    }
    if case .incomplete = outcome, atEnd { return .report(nil, length: input.count) }
    return outcome
  }

  /// `ESC [ M` and three characters.
  private static func decodeX10(_ input: [UInt32]) -> Outcome {
    guard input.count >= 6 else { return .incomplete }
    let values = input[3..<6].map { Int($0) - 32 }
    guard values[0] >= 0, values[1] >= 1, values[2] >= 1 else { return .report(nil, length: 6) }
    let button = values[0]
    let isRelease = button & 3 == 3 && button & 64 == 0
    return .report(
      event(button: button, column: values[1], row: values[2], isRelease: isRelease), length: 6)
  }

  /// `ESC [ <` button `;` column `;` row and `M` or `m`.
  private static func decodeSGR(_ input: [UInt32]) -> Outcome {
    var numbers: [Int] = [0]
    var digits = 0
    for index in 3..<input.count {
      let value = input[index]
      switch value {
      case 0x30...0x39:
        guard digits < 6 else { return .report(nil, length: index + 1) }
        numbers[numbers.count - 1] = numbers[numbers.count - 1] * 10 + Int(value - 0x30)
        digits += 1
      case UInt32(UInt8(ascii: ";")):
        guard digits > 0, numbers.count < 3 else { return .report(nil, length: index + 1) }
        numbers.append(0)
        digits = 0
      case UInt32(UInt8(ascii: "M")), UInt32(UInt8(ascii: "m")):
        guard digits > 0, numbers.count == 3, numbers[1] >= 1, numbers[2] >= 1 else {
          return .report(nil, length: index + 1)
        }
        let isRelease = value == UInt32(UInt8(ascii: "m"))
        return .report(
          event(button: numbers[0], column: numbers[1], row: numbers[2], isRelease: isRelease),
          length: index + 1)
      default:
        return .report(nil, length: index + 1)
      }
    }
    return input.count >= maximumLength ? .report(nil, length: input.count) : .incomplete
  }

  /// The event for a decoded button code at a 1-based column and row, if btap uses it.
  private static func event(button: Int, column: Int, row: Int, isRelease: Bool) -> MouseEvent? {
    guard !isRelease, button & 32 == 0 else { return nil }
    let kind: MouseEvent.Kind
    switch button & ~(4 | 8 | 16) {
    case 0, 1, 2: kind = .press
    case 64: kind = .wheelUp
    case 65: kind = .wheelDown
    default: return nil
    }
    return MouseEvent(kind: kind, x: column - 1, y: row - 1)
  }
}
