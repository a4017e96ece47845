import Foundation
import TestSupport
import TreatyModel

@testable import btap_feed

/// A data directory with subscriptions, and fetch runs over it with the real client.
struct FetchHarness {
  /// The user's data directory for this test.
  let dataDirectory: String
  /// The repository's shipped data.
  static let resources = FeedServer.repositoryRoot.appendingPathComponent("Resources").path

  /// A new, empty data directory subscribed to these addresses.
  init(subscribedTo urls: [String]) throws {
    dataDirectory =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("btap-fetch-\(UUID().uuidString)").path
    var list = SubscriptionList()
    for url in urls { try list.add(Subscription(url: url)) }
    try list.save(directory: dataDirectory)
  }

  /// What one run did.
  struct Run {
    /// The events, in order.
    var events: [FetchEvent]
    /// Whether every feed was fetched or unchanged.
    var allFetched: Bool
    /// The outcome of each feed, in order.
    var outcomes: [FetchOutcome] {
      events.compactMap { event in
        if case .finished(_, _, let outcome, _) = event { return outcome }
        return nil
      }
    }
  }

  /// Fetches every subscription once, each within `timeoutSeconds`.
  func fetch(timeoutSeconds: Int = 10) throws -> Run {
    HTTPClient.initializeLibrary()
    var workspace = try Workspace.open(
      locations: DataLocations(
        resources: FetchHarness.resources, userData: dataDirectory, state: dataDirectory))
    let fetcher = SubscriptionFetcher(
      client: HTTPClient(userAgent: FeedReaderTool.userAgent), timeoutSeconds: timeoutSeconds)
    var events: [FetchEvent] = []
    let allFetched = try fetcher.run(workspace: &workspace, clock: .system) { events.append($0) }
    return Run(events: events, allFetched: allFetched)
  }

  /// The subscriptions as saved.
  func subscriptions() throws -> [Subscription] {
    try SubscriptionList.load(directory: dataDirectory).subscriptions
  }

  /// The imported news as saved.
  func importedNews() throws -> ImportedNews {
    try ImportedNews.load(directory: dataDirectory)
  }
}

/// Small feeds to serve.
enum FeedText {
  /// An RSS 2.0 feed with these items: (title, link, day of November 2026).
  static func rss(title: String = "Test feed", _ items: [(String, String, Int)]) -> String {
    var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
    text += "<title>\(title)</title>"
    for (itemTitle, link, day) in items {
      text +=
        "<item><title>\(itemTitle)</title><link>\(link)</link>"
        + "<pubDate>\(day < 10 ? "0" : "")\(day) Nov 2026 10:00:00 GMT</pubDate></item>"
    }
    return text + "</channel></rss>\n"
  }

  /// An Atom feed whose entries link with `href` values, under an optional `xml:base`.
  static func atom(base: String?, _ entries: [(String, String)]) -> String {
    var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    text += "<feed xmlns=\"http://www.w3.org/2005/Atom\""
    if let base { text += " xml:base=\"\(base)\"" }
    text += "><title>Atom test</title><id>urn:test</id><updated>2026-11-30T10:00:00Z</updated>"
    for (index, (title, href)) in entries.enumerated() {
      text +=
        "<entry><title>\(title)</title><id>urn:test:\(index)</id>"
        + "<updated>2026-11-2\(index)T10:00:00Z</updated><link href=\"\(href)\"/></entry>"
    }
    return text + "</feed>\n"
  }
}
