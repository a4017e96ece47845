import TerminalUI
import Testing

@Suite struct GaugeTests {
  @Test func fullCellsAndPartialEighth() {
    let gauge = Gauge(ratio: 0.45, label: "")
    #expect(render(gauge, width: 10, height: 1).lines == ["████▌     "])
  }

  @Test func labelIsCentredAndReversedOverTheFill() {
    let buffer = render(Gauge(ratio: 0.5), width: 10, height: 1)
    #expect(buffer.lines == ["███50%    "])
    #expect(buffer[3, 0].style.attributes.contains(.reverse))
    #expect(!buffer[5, 0].style.attributes.contains(.reverse))
  }

  @Test func clampsAndCentresOnTheMiddleRow() {
    #expect(render(Gauge(ratio: 1.7), width: 6, height: 3).lines == ["██████", "█100%█", "██████"])
    #expect(render(Gauge(ratio: -1), width: 6, height: 1).lines == ["  0%  "])
    #expect(render(Gauge(ratio: .nan), width: 4, height: 1).lines == [" 0% "])
  }

  @Test func thresholdTick() {
    let gauge = Gauge(ratio: 0.2, label: "", tickRatio: 0.8)
    let buffer = render(gauge, width: 10, height: 1)
    #expect(buffer.lines == ["██      │ "])
    #expect(buffer[8, 0].style.attributes.contains(.bold))
  }
}
