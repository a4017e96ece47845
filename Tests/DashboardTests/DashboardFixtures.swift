import Dashboard
import Foundation
import TerminalUI
import Testing
import TreatyModel

/// Shared set-up for the dashboard tests: the shipped data, a fixed "today", temp folders.
enum DashboardFixtures {
  /// The repository's shipped `Resources` folder.
  static let resources: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("Resources").path
  }()

  /// The day the tests pretend it is.
  static let today = date("2026-11-25")

  /// A clock stopped at noon UTC on ``today``.
  static let clock = Clock.fixed(
    Timestamp("2026-11-25T12:00:00Z") ?? Timestamp(secondsSinceEpoch: 0))

  /// A workspace over the shipped data and a fresh, empty user data folder.
  static func workspace() throws -> Workspace {
    let directory = NSTemporaryDirectory() + "btap-dashboard-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    return try Workspace.open(
      locations: DataLocations(
        resources: resources, userData: directory + "/data", state: directory + "/state"))
  }

  /// A fresh state over the shipped data, at a size.
  static func state(width: Int = 120, height: Int = 40) throws -> AppState {
    AppState(
      model: DashboardModel(workspace: try workspace()), today: today,
      size: Size(width: width, height: height))
  }

  /// A date from a literal known to be valid.
  static func date(_ text: String) -> CalendarDate {
    guard let date = CalendarDate(text) else { preconditionFailure("bad date \(text)") }
    return date
  }

  /// Feeds actions through the reducer, returning every effect asked for.
  @discardableResult
  static func send(_ state: inout AppState, _ actions: Action...) -> [Effect] {
    actions.flatMap { reduce(&state, $0) }
  }

  /// Feeds keys through the key map and reducer, as the run loop does.
  @discardableResult
  static func press(_ state: inout AppState, _ keys: Key...) -> [Effect] {
    var effects: [Effect] = []
    for key in keys {
      if let action = Keymap.action(for: key, in: state) { effects += reduce(&state, action) }
    }
    return effects
  }

  /// Sends an action and checks the whole state it leads to: `change` turns a copy of the
  /// state before into the state expected (derived values are then rebuilt from it, as
  /// `reduce` rebuilds them), and the effects asked for must be `effects`.
  static func expect(
    _ state: inout AppState, _ action: Action, effects: [Effect] = [],
    sourceLocation: SourceLocation = #_sourceLocation, _ change: (inout AppState) -> Void = { _ in }
  ) {
    var expected = state
    change(&expected)
    expected.reconcile()
    let actual = reduce(&state, action)
    #expect(actual == effects, "effects of \(action)", sourceLocation: sourceLocation)
    if state != expected {
      Issue.record(
        "after \(action): \(difference(state, expected))", sourceLocation: sourceLocation)
    }
  }

  /// The fields in which two states differ, as "path: actual ≠ expected" lines, looking
  /// into nested values down to the first fields that differ.
  static func difference(_ actual: AppState, _ expected: AppState) -> String {
    var lines: [String] = []
    func compare(_ left: Any, _ right: Any, path: String, depth: Int) {
      let a = String(describing: left)
      let b = String(describing: right)
      guard a != b else { return }
      let leftChildren = Array(Mirror(reflecting: left).children)
      let rightChildren = Array(Mirror(reflecting: right).children)
      if depth < 4, !leftChildren.isEmpty, leftChildren.count == rightChildren.count {
        for (one, other) in zip(leftChildren, rightChildren) {
          compare(one.value, other.value, path: path + "." + (one.label ?? "?"), depth: depth + 1)
        }
      } else {
        lines.append("\(path): \(a.prefix(200)) ≠ \(b.prefix(200))")
      }
    }
    compare(actual, expected, path: "state", depth: 0)
    return lines.joined(separator: "\n")
  }

  /// Selects a listed party in the Parties pane.
  static func select(_ state: inout AppState, code: String) {
    state.parties.select(code: code)
  }

  /// Types text, one character key at a time.
  static func type(_ state: inout AppState, _ text: String) {
    for character in text { press(&state, .character(character)) }
  }
}
