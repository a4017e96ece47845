import ArgumentParser
import TerminalUI
import TreatyModel

/// `btap feeds remove URL|N`: stops following a feed; its imported news stays.
struct FeedsRemoveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove",
    abstract: "Stop following a feed, named by its address or its number in 'btap feeds list'.",
    discussion: "The news already imported from it is kept.")

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The feed's address, or its number.")
  var feed: String

  mutating func run() throws {
    let locations = try CommandContext.resolveLocations(global.settings)
    let directory = locations.userData
    let key = feed
    let removed: Subscription
    do throws(StoreError) {
      removed = try FileLock.hold(FileSystem.join(directory, FileLock.feedsFileName)) {
        () throws(StoreError) -> Subscription in
        var list = try SubscriptionList.load(directory: directory)
        let removed: Subscription
        do throws(SubscriptionList.Refusal) {
          removed = try list.remove(key)
        } catch {
          throw StoreError.rejectedFeed(error)
        }
        try list.save(directory: directory)
        return removed
      }
    } catch {
      throw FeedsAddCommand.failure(error)
    }
    StandardStreams.output(
      "Removed feed \(TextSanitizer.clean(removed.displayName)); its news stays.\n")
  }
}
