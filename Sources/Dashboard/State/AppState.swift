import TerminalUI
import TreatyModel
import WorldMap

/// Everything the dashboard shows, in one value.
///
/// Only ``reduce(_:_:)`` changes it. Each pane's state is its own value with its modes as an
/// enum, so impossible combinations (a detail open over the map, say) cannot be written down.
/// What is derived (the snapshot of the viewed date, the parties rows) is rebuilt from its
/// inputs by ``reconcile()``, which `reduce` calls after every action.
public struct AppState: Equatable, Sendable {
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
  public var focus: Pane
  /// Whether the focused pane fills the body even on a large terminal.
  public var isZoomed = false
  /// What covers the panes.
  public var modal: Modal = .none
  /// The status line.
  public var status: StatusMessage?
  /// The date being viewed when travelling in time; nil for today.
  public var viewedDate: CalendarDate?
  /// Marks made and news imported after this instant are highlighted as new: when the
  /// dashboard was last closed.
  public var newSince: Timestamp?
  /// The fetch of the user's feeds running in the background, if one is.
  public var fetch: FetchProgress?
  /// Whether the program should exit.
  public var shouldQuit = false
  /// The overview's scroll position, in rows.
  public var overviewScroll = 0
  /// Whether the Overview shows the chart of the road so far instead of its text.
  public var overviewShowsChart = false
  /// The rights list's selection.
  public var rights: ListState
  /// The News pane.
  public var news: NewsState
  /// The Parties pane.
  public var parties: PartiesState
  /// The world map, loaded the first time it is shown (so the first frame never waits for it).
  public var worldMap: WorldMap?
  /// Who joined the sister treaties, loaded the first time the targets view is shown.
  public var relatedTreaties: RelatedTreaties?
  /// The campaign targets on ``date``, while the targets view is on and its data is loaded:
  /// derived from the snapshot.
  public private(set) var campaignTargets: CampaignTargets?
  /// The treaty on ``date``: derived from the model and the date.
  public private(set) var snapshot: TreatySnapshot
  /// The codes changed by marks made since ``newSince``: derived from the model.
  public private(set) var newCodes: Set<String>
  /// The news items imported since ``newSince``: derived from the model.
  public private(set) var newNews: Set<String>
  /// The model's facts and the date the derived values were built from.
  private var derivedFrom:
    (
      ledger: Ledger, marks: [Mark], arrivals: [String: Timestamp], date: CalendarDate,
      since: Timestamp?
    )

  /// A state over a model, at a size, on a date.
  ///
  /// `remembered` is the interface state kept from the last run (focus, order, filter, whether
  /// every state is listed, when the dashboard was last closed); `status` a first message.
  public init(
    model: DashboardModel, today: CalendarDate, size: Size,
    remembered: InterfaceState = InterfaceState(), status: StatusMessage? = nil
  ) {
    self.model = model
    self.today = today
    self.size = size
    self.status = status
    focus = remembered.focus
    newSince = remembered.lastVisit
    rights = ListState(itemCount: model.ledger.dataset.articles.count)
    news = NewsState(count: model.news.count)
    parties = PartiesState(
      sort: remembered.sort, filter: remembered.filter,
      showsEveryState: remembered.showsEligible)
    snapshot = TreatySnapshot(ledger: model.ledger, on: today)
    newCodes = AppState.newCodes(model: model, since: remembered.lastVisit)
    newNews = AppState.newNews(model: model, since: remembered.lastVisit)
    derivedFrom = (model.ledger, model.marks, model.newsArrivals, today, remembered.lastVisit)
    reconcile()
  }

  /// The date every pane describes.
  public var date: CalendarDate { viewedDate ?? today }

  /// How old what btap knows is today (the data's date and the latest mark), from the model.
  public var dataAge: DataAge { model.ledger.dataAge(on: today) }

  /// Whether the terminal is too small for the dashboard.
  public var isTooSmall: Bool {
    size.width < AppState.minimumSize.width || size.height < AppState.minimumSize.height
  }

  /// Whether all four panes fit at once.
  public var showsGrid: Bool {
    !isZoomed && size.width >= AppState.gridSize.width && size.height >= AppState.gridSize.height
  }

  /// The selected article.
  public var selectedArticle: Article? {
    let articles = model.ledger.dataset.articles
    guard let index = rights.selectedIndex, index < articles.count else { return nil }
    return articles[index]
  }

  /// The selected news item.
  public var selectedNews: NewsItem? {
    guard let index = news.list.selectedIndex, index < model.news.count else { return nil }
    return model.news[index]
  }

  /// What the dashboard remembers for next time (``lastVisit`` is stamped when it is saved).
  public var remembered: InterfaceState {
    var remembered = InterfaceState()
    remembered.focus = focus
    remembered.sort = parties.sort
    remembered.filter = parties.filter.text
    remembered.showsEligible = parties.showsEveryState
    return remembered
  }

  /// Takes newer data (a save, another copy's changes, a fetch), keeping the same news item
  /// selected when new items arrive above it.
  public mutating func adopt(_ newer: DashboardModel) {
    let selected = selectedNews?.id
    model = newer
    guard let selected, let index = newer.news.firstIndex(where: { $0.id == selected }) else {
      return
    }
    news.list.setItemCount(newer.news.count)
    news.list.select(index)
    if let body = DashboardLayout(self).listBody(of: .news) {
      news.list.scrollToKeepSelectionVisible(viewHeight: body.height)
    }
  }

  /// Rebuilds what is derived whose inputs changed: the snapshot when the model's facts or
  /// the date changed, then the parties rows and the lists' lengths.
  public mutating func reconcile() {
    let marksChanged = derivedFrom.marks != model.marks || derivedFrom.since != newSince
    if derivedFrom.ledger != model.ledger || derivedFrom.date != date {
      snapshot = TreatySnapshot(ledger: model.ledger, on: date)
      campaignTargets = nil
    }
    if !parties.showsTargets {
      campaignTargets = nil
    } else if campaignTargets == nil, let relatedTreaties {
      campaignTargets = CampaignTargets(snapshot: snapshot, related: relatedTreaties)
    }
    if marksChanged { newCodes = AppState.newCodes(model: model, since: newSince) }
    if derivedFrom.arrivals != model.newsArrivals || derivedFrom.since != newSince {
      newNews = AppState.newNews(model: model, since: newSince)
    }
    derivedFrom = (model.ledger, model.marks, model.newsArrivals, date, newSince)
    parties.reconcile(
      with: PartyTable.Inputs(
        snapshot: snapshot, markedCodes: model.markedCodes, newCodes: newCodes,
        filter: parties.filter.text, sort: parties.sort,
        showsEveryState: parties.showsEveryState, targets: targetSelection))
    if news.list.itemCount != model.news.count { news.list.setItemCount(model.news.count) }
    if news.mode == .detail, selectedNews == nil { news.mode = .list }
    if case .proposals(var list) = modal, list.itemCount != model.proposals.count {
      list.setItemCount(model.proposals.count)
      modal = .proposals(list)
    }
  }

  /// The proposal selected in the open proposals list.
  public var selectedProposal: ReviewedProposal? {
    guard case .proposals(let list) = modal, let index = list.selectedIndex,
      index < model.proposals.count
    else { return nil }
    return model.proposals[index]
  }

  /// The targets view's group and region over the current targets, when the view is on and
  /// its data is loaded.
  public var targetSelection: TargetSelection? {
    campaignTargets.map {
      TargetSelection(targets: $0, group: parties.targetGroup, region: parties.targetRegion)
    }
  }

  /// The codes that marks made after `since` and still in effect changed.
  private static func newCodes(model: DashboardModel, since: Timestamp?) -> Set<String> {
    guard let since else { return [] }
    var codes: Set<String> = []
    for mark in model.marks where mark.madeAt > since && model.activeMarks.contains(mark.sequence) {
      codes.insert(mark.partyCode)
    }
    return codes
  }

  /// The news items imported after `since` (every imported one on a first visit).
  private static func newNews(model: DashboardModel, since: Timestamp?) -> Set<String> {
    ImportedNews.identifiers(arrivedAfter: since, arrivals: model.newsArrivals)
  }

  /// Whether two states are the same (the derivation's bookkeeping aside, which follows from
  /// the rest).
  public static func == (left: AppState, right: AppState) -> Bool {
    left.model == right.model && left.today == right.today && left.size == right.size
      && left.focus == right.focus && left.isZoomed == right.isZoomed
      && left.modal == right.modal && left.status == right.status
      && left.viewedDate == right.viewedDate && left.newSince == right.newSince
      && left.fetch == right.fetch
      && left.shouldQuit == right.shouldQuit && left.overviewScroll == right.overviewScroll
      && left.overviewShowsChart == right.overviewShowsChart
      && left.rights == right.rights && left.news == right.news && left.parties == right.parties
      && left.worldMap == right.worldMap && left.snapshot == right.snapshot
      && left.relatedTreaties == right.relatedTreaties
      && left.campaignTargets == right.campaignTargets
      && left.newCodes == right.newCodes && left.newNews == right.newNews
  }
}
