import TreatyModel

/// Reads an input as the feed list: it loads or names the bad line; what loads holds only
/// fetchable, unique addresses, and saved again it loads equal.
public enum SubscriptionListTarget {
  /// The file name errors must name.
  static let file = SubscriptionList.fileName

  /// Runs one input.
  public static func run(_ bytes: [UInt8]) {
    let list: SubscriptionList
    do {
      list = try SubscriptionList.parse(bytes, file: file)
    } catch {
      ErrorShape.check(error, file: file, bytes: bytes)
      return
    }
    let urls = list.subscriptions.map(\.url)
    FuzzCheck.require(urls.allSatisfy(Subscription.isFetchable), "an unfetchable address loaded")
    FuzzCheck.require(Set(urls).count == urls.count, "an address loaded twice")
    let again: SubscriptionList
    do {
      again = try SubscriptionList.parse(list.encoded(), file: file)
    } catch {
      FuzzCheck.fail("the saved list does not load: \(error)")
    }
    // Fields are written cleaned of control characters; clean ones come back as they were.
    let fields = list.subscriptions.flatMap {
      [$0.title, $0.entityTag, $0.lastModified, $0.lastResult]
    }
    if fields.allSatisfy({ MarkJournal.cleanField($0) == $0 }) {
      FuzzCheck.require(again == list, "the saved list loads differently")
    } else {
      FuzzCheck.require(again.subscriptions.map(\.url) == urls, "saving changed the addresses")
    }
  }
}
