import TerminalUI
import TreatyModel
import WorldMap

/// Everything the dashboard shows, in one value.
///
/// Only ``reduce(_:_:)`` changes it.
public struct AppState: Sendable {
  /// The smallest terminal the full dashboard fits in.
  public static let minimumSize = Size(width: 80, height: 24)
  /// From this size up, all four panes are shown at once.
  public static let gridSize = Size(width: 120, height: 36)

  /// The user's data, as last loaded or saved.
  public var model: DashboardModel
  /// Today's date (from the injected clock).
  public var today: CalendarDate
  /// The terminal's size.
  public var size: Size
  /// The focused pane.
  public var focus: Pane = .parties
  /// Whether the focused pane fills the body even on a large terminal.
  public var isZoomed = false
  /// What covers the panes.
  public var modal: Modal = .none
  /// The status line.
  public var status: StatusMessage?
  /// The date being viewed when travelling in time; nil for today.
  public var viewedDate: CalendarDate?
  /// Marks made after this instant are highlighted as new.
  public var newSince: Timestamp?
  /// Whether the program should exit.
  public var shouldQuit = false

  /// The overview's scroll position, in rows.
  public var overviewScroll = 0
  /// The rights list's selection.
  public var rightsList = ListState(itemCount: 0)
  /// The news list's selection.
  public var newsList = ListState(itemCount: 0)
  /// Whether the news item's detail is open (it fills the pane).
  public var isNewsDetailOpen = false
  /// The parties list's selection.
  public var partiesList = ListState(itemCount: 0)
  /// Whether the party detail is open (it fills the pane).
  public var isPartyDetailOpen = false
  /// The parties list's order.
  public var partySort: PartySort = .region
  /// The parties filter text.
  public var partyFilter = TextField()
  /// Whether the filter is being typed.
  public var isFiltering = false
  /// Whether states that never signed are listed too.
  public var showsEligible = false
  /// Whether the Parties pane shows the world map instead of the list.
  public var isMapShown = false
  /// The world map, loaded the first time it is shown (so the first frame never waits for it).
  public var worldMap: WorldMap?
  /// The parties list's rows, rebuilt only when ``partyInputs`` change.
  public private(set) var partyRows: [PartyRow] = []
  /// How many parties and how many states ``partyRows`` lists (headings aside).
  public private(set) var partyRowCounts = (parties: 0, listed: 0)
  /// The inputs ``partyRows`` were built from.
  public private(set) var partyInputs: PartyTable.Inputs?

  /// A state over a model, at a size, on a date.
  ///
  /// `remembered` is the interface state kept from the last run (focus, order, filter, whether
  /// every state is listed, when the dashboard was last closed); the parties list is built
  /// once, with it.
  public init(
    model: DashboardModel, today: CalendarDate, size: Size,
    remembered: InterfaceState = InterfaceState()
  ) {
    self.model = model
    self.today = today
    self.size = size
    rightsList = ListState(itemCount: model.ledger.dataset.articles.count)
    newsList = ListState(itemCount: model.news.count)
    focus = remembered.focus
    partySort = remembered.sort
    partyFilter.insert(remembered.filter)
    showsEligible = remembered.showsEligible
    newSince = remembered.lastVisit
    refreshPartyRows()
  }

  /// The date every pane describes.
  public var date: CalendarDate { viewedDate ?? today }

  /// Whether the terminal is too small for the dashboard.
  public var isTooSmall: Bool {
    size.width < AppState.minimumSize.width || size.height < AppState.minimumSize.height
  }

  /// Whether all four panes fit at once.
  public var showsGrid: Bool {
    !isZoomed && size.width >= AppState.gridSize.width && size.height >= AppState.gridSize.height
  }

  /// The selected party, if the parties list has one.
  public var selectedParty: PartyEntry? {
    guard let index = partiesList.selectedIndex, index < partyRows.count else { return nil }
    return partyRows[index].entry
  }

  /// The selected article.
  public var selectedArticle: Article? {
    let articles = model.ledger.dataset.articles
    guard let index = rightsList.selectedIndex, index < articles.count else { return nil }
    return articles[index]
  }

  /// The selected news item.
  public var selectedNews: NewsItem? {
    guard let index = newsList.selectedIndex, index < model.news.count else { return nil }
    return model.news[index]
  }

  /// The dates on which instruments were deposited, oldest first: the stops of time travel.
  public var depositDates: [CalendarDate] {
    var dates: [CalendarDate] = []
    for participant in model.ledger.participants {
      if let date = participant.depositDate { dates.append(date) }
    }
    dates.sort()
    var unique: [CalendarDate] = []
    for date in dates where unique.last != date { unique.append(date) }
    return unique
  }

  /// Rebuilds the parties rows if their inputs changed, keeping the selected party selected.
  public mutating func refreshPartyRows() {
    let inputs = PartyTable.Inputs(
      revision: model.revision, date: date, filter: partyFilter.text, sort: partySort,
      showsEligible: showsEligible, newSince: newSince)
    guard inputs != partyInputs else { return }
    let selectedCode = selectedParty?.participant.code
    partyRows = PartyTable.rows(model: model, inputs: inputs)
    var counts = (parties: 0, listed: 0)
    for row in partyRows {
      guard let entry = row.entry else { continue }
      counts.listed += 1
      if entry.status.isParty { counts.parties += 1 }
    }
    partyRowCounts = counts
    partyInputs = inputs
    partiesList.setItemCount(partyRows.count)
    if let selectedCode,
      let index = partyRows.firstIndex(where: { $0.entry?.participant.code == selectedCode })
    {
      partiesList.select(index)
    } else {
      selectNearestParty(from: partiesList.selectedIndex ?? 0, direction: 1)
    }
  }

  /// Selects the party with a code, if it is listed.
  public mutating func selectParty(code: String) {
    if let index = partyRows.firstIndex(where: { $0.entry?.participant.code == code }) {
      partiesList.select(index)
    }
  }

  /// Moves the selection off a heading row, looking first in `direction`.
  public mutating func selectNearestParty(from index: Int, direction: Int) {
    guard !partyRows.isEmpty else { return }
    var position = min(max(0, index), partyRows.count - 1)
    let step = direction >= 0 ? 1 : -1
    while position >= 0, position < partyRows.count, partyRows[position].entry == nil {
      position += step
    }
    if position < 0 || position >= partyRows.count {
      position = min(max(0, index), partyRows.count - 1)
      while position >= 0, position < partyRows.count, partyRows[position].entry == nil {
        position -= step
      }
    }
    if position >= 0, position < partyRows.count { partiesList.select(position) }
  }
}
