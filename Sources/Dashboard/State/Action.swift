import TerminalUI
import TreatyModel
import WorldMap

/// Something that happened: a key's meaning, a resize, or the result of an effect.
///
/// Actions are named for what happened; ``reduce(_:_:)`` decides what it means for the state.
public enum Action: Equatable, Sendable {
  /// Focus a pane.
  case focus(Pane)
  /// Focus the next pane.
  case focusNext
  /// Focus the previous pane.
  case focusPrevious
  /// Let the focused pane fill the body (or stop).
  case toggleZoom
  /// Move the focused list's selection (or scroll the overview) by rows.
  case moveSelection(Int)
  /// Select the first row.
  case moveToFirst
  /// Select the last row.
  case moveToLast
  /// Move up a page.
  case pageUp
  /// Move down a page.
  case pageDown
  /// Open the selected item's detail.
  case openDetail
  /// Close what is open (dialog, detail, filter), innermost first.
  case cancel
  /// Confirm a dialog or the filter.
  case confirm
  /// Show the keys.
  case showHelp
  /// Start typing a filter for the parties list.
  case beginFilter
  /// Change the parties list's order.
  case cycleSort
  /// List (or hide) the states that never signed.
  case toggleEveryState
  /// View the treaty as of the previous deposit.
  case stepBack
  /// View the treaty as of the next deposit (or today, after the last).
  case stepForward
  /// Ask for a date to view the treaty as of.
  case openDatePrompt
  /// Return from time travel to today.
  case returnToToday
  /// Open the mark dialog for the selected party.
  case beginMark
  /// Pick a kind in the mark dialog.
  case chooseMarkKind(MarkDialogState.Kind)
  /// Step the mark dialog's kind forward or back.
  case cycleMarkKind(Int)
  /// Open the step dialog for the selected state.
  case beginStep
  /// Move the step dialog's stage forward or back.
  case cycleStepStage(Int)
  /// Move the step dialog's focus to the next or previous field.
  case cycleStepField(Int)
  /// Show or hide the world map in the Parties pane.
  case toggleMap
  /// Jump on the map to the nearest listed country in a direction.
  case mapMove(MapDirection)
  /// The world map finished loading.
  case mapLoaded(WorldMap)
  /// Show the chart of the road so far in the Overview, or its text again.
  case toggleChart
  /// Show or hide the targets view of the Parties pane.
  case toggleTargets
  /// Show the next (or previous) target group in the targets view.
  case cycleTargetGroup(Int)
  /// Limit the targets view to the next region (after the last, every region again).
  case cycleTargetRegion
  /// The sister treaties' membership finished loading.
  case relatedTreatiesLoaded(RelatedTreaties)
  /// Undo the latest mark.
  case undo
  /// Redo the latest undone mark.
  case redo
  /// Open the proposals list.
  case openProposals
  /// Set the selected proposal aside.
  case dismissProposal
  /// Mark the selected news item read or unread.
  case toggleRead
  /// Fetch the user's feeds in the background.
  case fetchFeeds
  /// The background fetch reported a step.
  case fetchProgressed(FetchEvent)
  /// The background fetch ended: the data with what it imported, and a message when it
  /// could not run at all.
  case fetchEnded(DashboardModel, failure: String?)
  /// Open the selected news item's link in the browser.
  case openLink
  /// A key typed into the field that has the keyboard (filter, date).
  case textInput(Key)
  /// Quit.
  case quit
  /// The terminal changed size.
  case resized(Size)
  /// A mouse button was pressed at a cell.
  case clicked(x: Int, y: Int)
  /// The wheel turned over a cell (negative is up).
  case scrolled(Int, x: Int, y: Int)
  /// Time passed; `today` may have changed.
  case tick(today: CalendarDate)
  /// The proposals, reviewed once the first frame is shown (reading every news item for them
  /// would delay it).
  case proposalsReviewed([ReviewedProposal])
  /// A save succeeded: the new data and a message.
  case saved(DashboardModel, message: String, externalEntries: Int)
  /// A save or load failed.
  case failed(String)
  /// A save was refused or failed; the data as re-read while trying, and why.
  case refused(DashboardModel, message: String)
  /// Another running copy saved changes, now loaded.
  case externalChangesLoaded(DashboardModel, count: Int)
}
