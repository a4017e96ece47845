import Dashboard
import Glibc
import TerminalUI
import TestSupport
import Testing
import TreatyModel

/// The proposals list: the header's count, the list with its source text, and the keys.
@Suite("Proposals in the dashboard")
struct ProposalsScreenTests {
  typealias F = DashboardFixtures

  /// A notification, written for this test, of Germany's ratification.
  static let notice = """
    Beijing Notification No. 60
    Ratification by the Federal Republic of Germany
    The Director General has the honor to notify the deposit by the Government of the Federal
    Republic of Germany, on February 2, 2026, of its instrument of ratification of the Beijing
    Treaty on Audiovisual Performances, adopted at Beijing on June 24, 2012.
    The said instrument was accompanied by a declaration according to which: pursuant to
    Article 11(3), Germany will apply Article 11(1) only to broadcasts made for profit.
    """

  /// A workspace that holds one proposal (the notice's), and that proposal.
  private func workspaceWithProposal() throws -> (Workspace, ProposedEvent) {
    var workspace = try F.workspace()
    let event = try #require(
      workspace.recogniser.read(
        Self.notice, source: ProposalSource(kind: .file, reference: "notice.txt")
      ).proposal)
    try workspace.importProposals([event])
    return (workspace, event)
  }

  /// A state whose workspace holds one proposal, and that proposal.
  private func stateWithProposal() throws -> (AppState, ProposedEvent) {
    let (workspace, event) = try workspaceWithProposal()
    let state = AppState(
      model: DashboardModel(workspace: workspace), today: F.today,
      size: Size(width: 120, height: 40))
    return (state, event)
  }

  @Test("the runner shows the first frame, then the proposals' count once they are reviewed")
  func reviewedAfterTheFirstFrame() throws {
    let (workspace, _) = try workspaceWithProposal()
    var runner = DashboardRunner(
      backend: TestBackend(size: Size(width: 120, height: 40)), workspace: workspace,
      clock: F.clock)
    try runner.draw()
    #expect(runner.state.model.proposals.isEmpty)
    #expect(!runner.terminal.backend.screen.lines[0].contains("proposal"))
    try runner.reviewProposals()
    #expect(runner.state.model.proposals.contains { $0.id == "60" })
    #expect(runner.state.model.waitingProposals == 1)
    #expect(runner.terminal.backend.screen.lines[0].contains("1 proposal (p)"))
  }

  @Test("run() reviews the proposals beside its loop: keys are read, then the count shows")
  func reviewedBesideTheLoop() throws {
    let (workspace, _) = try workspaceWithProposal()
    // A `j` at once, then nothing for up to two seconds (each wait slept), then `q`.
    var backend = PacedBackend(size: Size(width: 120, height: 40))
    backend.events = [.key(.character("j"))]
    var runner = DashboardRunner(backend: backend, workspace: workspace, clock: F.clock)
    try runner.run()
    #expect(runner.state.model.proposals.contains { $0.id == "60" })
    #expect(runner.state.model.waitingProposals == 1)
    #expect(runner.terminal.backend.screen.lines[0].contains("1 proposal (p)"))
    // The loop waited in short steps while the review ran, then quit on `q`.
    #expect(runner.state.shouldQuit)
  }

  @Test("the header counts the proposals that wait; p opens the list with the source text")
  func listAndSnapshot() throws {
    var (state, _) = try stateWithProposal()
    let header = DashboardView().render(state).lines[0]
    #expect(header.contains("1 proposal (p)"))
    F.press(&state, .character("p"))
    #expect(state.modal.isProposals)
    #expect(state.selectedProposal?.id == "60")
    assertSnapshot(lines: DashboardView().render(state).lines, named: "proposals-120x40")
  }

  @Test("Enter records, x dismisses, Esc closes; a confirmed one asks nothing")
  func keys() throws {
    var (state, event) = try stateWithProposal()
    F.press(&state, .character("p"))
    #expect(F.press(&state, .enter) == [.acceptProposal(event)])
    #expect(F.press(&state, .character("x")) == [.dismissProposal(event)])
    #expect(Keymap.action(for: .character("u"), in: state) == .undo)
    F.press(&state, .down)
    let confirmed = try #require(state.selectedProposal)
    #expect(confirmed.status == .confirmed(by: "shipped data"))
    #expect(F.press(&state, .enter).isEmpty)
    #expect(F.press(&state, .character("x")).isEmpty)
    F.press(&state, .escape)
    #expect(state.modal == .none)
  }
}

/// A test terminal that hands out its events, then waits out each timeout as a terminal
/// would, and quits once the header counts a proposal or two seconds have passed.
private struct PacedBackend: TerminalBackend {
  var inner: TestBackend
  var events: [InputEvent] = []
  var waited = 0

  init(size: Size) { inner = TestBackend(size: size) }

  var size: Size { inner.size }
  var colorMode: ColorMode { inner.colorMode }
  var needsFullRepaint: Bool { inner.needsFullRepaint }
  var screen: Buffer { inner.screen }

  mutating func apply(_ frame: FrameUpdate) throws { try inner.apply(frame) }

  mutating func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
    if !events.isEmpty { return events.removeFirst() }
    if inner.screen.lines[0].contains("proposal") || waited >= 2_000 {
      return .key(.character("q"))
    }
    usleep(UInt32(timeoutMilliseconds) * 1_000)
    waited += timeoutMilliseconds
    return nil
  }

  mutating func restore() { inner.restore() }
}
