import TreatyModel

/// Fetches every subscription in turn, imports what is new and remembers what each server
/// said, reporting each step as a ``FetchEvent``.
///
/// One feed's failure never stops the others. The feed list and the imported news are each
/// re-read and saved under the data directory's feed lock once per feed, so a `btap feeds
/// add` or an import made meanwhile by another copy is kept, and nothing stored is lost if
/// the run is cut short.
public struct SubscriptionFetcher {
  /// The client that does the HTTP.
  public let client: HTTPClient
  /// How long each feed may take, in seconds.
  public let timeoutSeconds: Int

  /// A fetcher with this client and per-feed timeout.
  public init(client: HTTPClient, timeoutSeconds: Int) {
    self.client = client
    self.timeoutSeconds = timeoutSeconds
  }

  /// Fetches every subscription of the workspace; returns whether all were fetched or unchanged.
  ///
  /// `report` sees each event as it happens.
  public func run(
    workspace: inout Workspace, clock: Clock, report: (FetchEvent) -> Void
  ) throws(StoreError) -> Bool {
    let directory = workspace.locations.userData
    let subscriptions = try SubscriptionList.load(directory: directory).subscriptions
    report(.started(total: subscriptions.count))
    var succeeded = 0
    var newItems = 0
    for (index, subscription) in subscriptions.enumerated() {
      report(
        .fetching(
          position: index + 1, total: subscriptions.count, name: subscription.displayName))
      let (updated, outcome) = try fetch(subscription, workspace: &workspace, clock: clock)
      try FileLock.hold(FileSystem.join(directory, FileLock.feedsFileName)) {
        () throws(StoreError) in
        var list = try SubscriptionList.load(directory: directory)
        if list.replace(fetchedURL: subscription.url, with: updated) {
          try list.save(directory: directory)
        }
      }
      if outcome.isSuccess { succeeded += 1 }
      if case .fetched(let new, _, _) = outcome { newItems += new }
      report(
        .finished(
          position: index + 1, name: subscription.displayName, outcome: outcome,
          movedTo: updated.url == subscription.url ? nil : updated.url))
    }
    report(.completed(total: subscriptions.count, succeeded: succeeded, newItems: newItems))
    return succeeded == subscriptions.count
  }

  /// Fetches one feed and imports its new items; returns the subscription as it should now
  /// be remembered, and the outcome.
  func fetch(
    _ subscription: Subscription, workspace: inout Workspace, clock: Clock
  ) throws(StoreError) -> (Subscription, FetchOutcome) {
    let now = clock.now
    var updated = subscription
    if let since = subscription.goneSince { return (updated, .gone(since: since)) }
    if let until = subscription.retryAfter, until > now { return (updated, .waiting(until: until)) }
    updated.retryAfter = nil
    updated.lastChecked = now
    let request = HTTPRequest(
      url: subscription.url, entityTag: subscription.entityTag,
      lastModified: subscription.lastModified, timeoutSeconds: timeoutSeconds)
    let outcome: FetchOutcome
    switch Result(catching: { () throws(HTTPFailure) in try client.fetch(request) }) {
    case .success(let response):
      outcome = try handle(response, subscription: &updated, workspace: &workspace, clock: clock)
    case .failure(let failure):
      outcome = .failed(failure.reason)
    }
    updated.lastResult = outcome.summary
    return (updated, outcome)
  }

  /// What an answer means for the subscription, importing a feed that came with it.
  private func handle(
    _ response: HTTPResponse, subscription: inout Subscription, workspace: inout Workspace,
    clock: Clock
  ) throws(StoreError) -> FetchOutcome {
    let now = clock.now
    switch response.status {
    case 200...299:
      let feed: Feed
      do {
        feed = try FeedParser.parse(
          bytes: response.body, file: response.finalURL, importDay: clock.today,
          baseURL: response.finalURL, charset: response.charset)
      } catch {
        return .failed(error.description)
      }
      let result = try workspace.importNews(feed.items, at: now)
      subscription.entityTag = response.entityTag
      subscription.lastModified = response.lastModified
      if let moved = response.permanentURL { subscription.url = moved }
      if subscription.title.isEmpty { subscription.title = feed.title }
      return .fetched(
        newItems: result.added.count, knownItems: result.alreadyKnown + feed.duplicatesInFeed,
        unresolvedLinks: feed.unresolvedLinks)
    case 304:
      if !response.entityTag.isEmpty { subscription.entityTag = response.entityTag }
      if !response.lastModified.isEmpty { subscription.lastModified = response.lastModified }
      if let moved = response.permanentURL { subscription.url = moved }
      return .unchanged
    case 410:
      subscription.goneSince = now
      return .gone(since: now)
    case 429, 503:
      var reason = "the server is too busy to answer (\(response.status))"
      if let seconds = response.retryAfterSeconds {
        let until = Timestamp(secondsSinceEpoch: now.secondsSinceEpoch + min(seconds, maximumWait))
        subscription.retryAfter = until
        reason += "; it will not be asked again before \(until)"
      }
      return .failed(reason)
    default:
      return .failed("the server answered \(response.status)")
    }
  }

  /// The longest wait a `Retry-After` can impose: 30 days.
  private var maximumWait: Int { 30 * 86_400 }
}
