import Testing

@testable import TerminalUI

/// X10 and SGR mouse reports decoded from the characters after ESC; nothing that starts a
/// report is ever left over as keys.
@Suite struct MouseReportDecoderTests {
  /// The code points of a text.
  static func codes(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

  /// An X10 report for a button code and a 1-based column and row.
  static func x10(_ button: Int, _ column: Int, _ row: Int) -> [UInt32] {
    codes("\u{1B}[M") + [button, column, row].map { UInt32($0 + 32) }
  }

  @Test func x10PressesAndWheelStepsAreEvents() {
    #expect(
      MouseReportDecoder.decode(Self.x10(0, 85, 1))
        == .report(MouseEvent(kind: .press, x: 84, y: 0), length: 6))
    #expect(
      MouseReportDecoder.decode(Self.x10(2, 81, 40))
        == .report(MouseEvent(kind: .press, x: 80, y: 39), length: 6))
    #expect(
      MouseReportDecoder.decode(Self.x10(64, 10, 5))
        == .report(MouseEvent(kind: .wheelUp, x: 9, y: 4), length: 6))
    #expect(
      MouseReportDecoder.decode(Self.x10(65 + 16, 10, 5))
        == .report(MouseEvent(kind: .wheelDown, x: 9, y: 4), length: 6), "with Control")
  }

  @Test func x10ReleasesMotionAndBadPositionsAreDropped() {
    #expect(MouseReportDecoder.decode(Self.x10(3, 85, 1)) == .report(nil, length: 6))
    #expect(MouseReportDecoder.decode(Self.x10(32, 85, 1)) == .report(nil, length: 6))
    #expect(MouseReportDecoder.decode(Self.x10(0, 0, 1)) == .report(nil, length: 6))
    #expect(MouseReportDecoder.decode(Self.codes("\u{1B}[M\u{0}ab")) == .report(nil, length: 6))
  }

  @Test func x10ColumnsPastTheByteRangeInTheUTF8Extension() {
    #expect(
      MouseReportDecoder.decode(Self.x10(0, 300, 2))
        == .report(MouseEvent(kind: .press, x: 299, y: 1), length: 6))
  }

  @Test func sgrPressesReleasesAndWheel() {
    #expect(
      MouseReportDecoder.decode(Self.codes("\u{1B}[<0;85;1M"))
        == .report(MouseEvent(kind: .press, x: 84, y: 0), length: 10))
    #expect(MouseReportDecoder.decode(Self.codes("\u{1B}[<0;85;1m")) == .report(nil, length: 10))
    #expect(
      MouseReportDecoder.decode(Self.codes("\u{1B}[<65;120;40M"))
        == .report(MouseEvent(kind: .wheelDown, x: 119, y: 39), length: 13))
    #expect(MouseReportDecoder.decode(Self.codes("\u{1B}[<35;5;5M")) == .report(nil, length: 10))
  }

  @Test func malformedSGRIsDroppedUpToTheOffendingCharacter() {
    #expect(MouseReportDecoder.decode(Self.codes("\u{1B}[<0;8q")) == .report(nil, length: 7))
    #expect(MouseReportDecoder.decode(Self.codes("\u{1B}[<0;;1M")) == .report(nil, length: 6))
    #expect(MouseReportDecoder.decode(Self.codes("\u{1B}[<0;0;1M")) == .report(nil, length: 9))
    #expect(MouseReportDecoder.decode(Self.codes("\u{1B}[<1;2;3;4M")) == .report(nil, length: 9))
    let long = Self.codes("\u{1B}[<") + Array(repeating: 0x31, count: 40)
    if case .report(nil, _) = MouseReportDecoder.decode(long) {
    } else {
      Issue.record("an endless number is dropped")
    }
  }

  @Test func partialReportsWaitForMoreAndAreDroppedAtTheEnd() {
    for partial in ["\u{1B}", "\u{1B}[", "\u{1B}[M", "\u{1B}[M ", "\u{1B}[<", "\u{1B}[<0;8"] {
      #expect(MouseReportDecoder.decode(Self.codes(partial)) == .incomplete, "\(partial)")
    }
    #expect(
      MouseReportDecoder.decode(Self.codes("\u{1B}[M q"), atEnd: true) == .report(nil, length: 5))
    #expect(
      MouseReportDecoder.decode(Self.codes("\u{1B}[<0;85"), atEnd: true) == .report(nil, length: 7))
  }

  @Test func otherInputIsNotAReport() {
    #expect(MouseReportDecoder.decode(Self.codes("\u{1B}"), atEnd: true) == .notAReport, "Escape")
    #expect(MouseReportDecoder.decode(Self.codes("\u{1B}["), atEnd: true) == .notAReport, "Alt-[")
    #expect(MouseReportDecoder.decode(Self.codes("\u{1B}q")) == .notAReport, "Alt-q")
    #expect(MouseReportDecoder.decode(Self.codes("\u{1B}[A")) == .notAReport, "an arrow")
    #expect(MouseReportDecoder.decode(Self.codes("q")) == .notAReport)
  }
}
