import TerminalUI
import TreatyModel

/// Everything one kept drawing is drawn from: where, whether its pane has the focus, the
/// theme, and the values of the state it reads (``KeptDrawing``).
struct DrawingKey: Equatable, Sendable {
  /// Where it is drawn.
  var area: Rect
  /// Whether its pane has the focus.
  var isFocused: Bool
  /// The styles and glyphs.
  var theme: Theme
  /// The part and the values of the state it reads.
  var inputs: DrawingInputs
}

/// The kept parts of the screen, each with the values it reads from the state.
enum DrawingInputs: Equatable, Sendable {
  /// The header.
  case header(Header)
  /// The Overview pane.
  case overview(Overview)
  /// The Rights pane.
  case rights(Rights)
  /// The News pane.
  case news(News)

  /// The header: the snapshot, the dates, the shipped facts, how many facts are marks, and
  /// the counts of new news and waiting proposals.
  struct Header: Equatable, Sendable {
    var snapshot: TreatySnapshot
    var viewedDate: CalendarDate?
    var today: CalendarDate
    var facts: TreatyFacts
    var factsFromMarks: Int
    var age: DataAge
    var newNews: Int
    var waitingProposals: Int

    init(_ state: AppState) {
      newNews = state.newNews.count
      waitingProposals = state.model.waitingProposals
      age = state.dataAge
      snapshot = state.snapshot
      viewedDate = state.viewedDate
      today = state.today
      facts = state.model.facts
      factsFromMarks = state.model.ledger.factsFromMarks
    }
  }

  /// The overview: the shipped texts, the snapshot and the scroll position.
  struct Overview: Equatable, Sendable {
    var dataset: TreatyDataset
    var snapshot: TreatySnapshot
    var scroll: Int
    var showsChart: Bool
    var today: CalendarDate

    init(_ state: AppState) {
      dataset = state.model.ledger.dataset
      snapshot = state.snapshot
      scroll = state.overviewScroll
      showsChart = state.overviewShowsChart
      today = state.today
    }
  }

  /// The rights: the shipped articles, the declarations (shipped and marked), the snapshot
  /// and the list.
  struct Rights: Equatable, Sendable {
    var dataset: TreatyDataset
    var declarations: [Declaration]
    var snapshot: TreatySnapshot
    var list: ListState

    init(_ state: AppState) {
      dataset = state.model.ledger.dataset
      declarations = state.model.ledger.declarations
      snapshot = state.snapshot
      list = state.rights
    }
  }

  /// The news: the items, what was read, what is new and the pane's state.
  struct News: Equatable, Sendable {
    var items: [NewsItem]
    var readState: NewsReadState
    var newNews: Set<String>
    var pane: NewsState

    init(_ state: AppState) {
      newNews = state.newNews
      items = state.model.news
      readState = state.model.readState
      pane = state.news
    }
  }
}
