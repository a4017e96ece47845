import ArgumentParser
import TerminalUI
import TreatyModel

/// `btap feeds add URL [--title T]`: follows a feed.
struct FeedsAddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Follow a feed: 'btap news fetch' (or R in the dashboard) then fetches it.",
    discussion: "The address must be an RSS 2.0 or Atom feed served over http or https.")

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The feed's address (http:// or https://).")
  var url: String

  @Option(help: "A name to show for it (default: the feed's own title once fetched).")
  var title: String?

  mutating func run() throws {
    let locations = try CommandContext.resolveLocations(global.settings)
    let directory = locations.userData
    let subscription = Subscription(url: url, title: MarkJournal.cleanField(title ?? ""))
    let position: Int
    do throws(StoreError) {
      position = try FileLock.hold(FileSystem.join(directory, FileLock.feedsFileName)) {
        () throws(StoreError) -> Int in
        var list = try SubscriptionList.load(directory: directory)
        do throws(SubscriptionList.Refusal) {
          try list.add(subscription)
        } catch {
          throw StoreError.rejectedFeed(error)
        }
        try list.save(directory: directory)
        return list.subscriptions.count
      }
    } catch {
      throw FeedsAddCommand.failure(error)
    }
    StandardStreams.output(
      "Added feed \(position): \(TextSanitizer.clean(subscription.displayName)). "
        + "Fetch it with 'btap news fetch'.\n")
  }

  /// The command's failure for a refused change (65) or a data or file error.
  static func failure(_ error: StoreError) -> CommandFailure {
    if case .rejectedFeed(let refusal) = error { return .data(refusal.description) }
    return CommandFailure.from(error)
  }
}
