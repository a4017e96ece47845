import Foundation
import TestSupport
import Testing
import TreatyModel

@testable import btap_feed

/// Fetching feeds over HTTP from a real server on 127.0.0.1, checking what went over the wire.
@Suite(.serialized) struct HTTPFetchTests {
  @Test func revalidatesWithTheETagAndTreats304AsNothingNew() throws {
    let feed = FeedText.rss([("One", "https://example.org/one", 30)])
    let server = try FeedServer(routes: [
      "/feed.xml": [
        [
          "headers": ["ETag": "W/\"v1-abc\"", "Last-Modified": "Mon, 30 Nov 2026 10:00:00 GMT"],
          "body": feed, "not_modified_if": "W/\"v1-abc\"",
        ]
      ]
    ])
    let harness = try FetchHarness(subscribedTo: [server.url("/feed.xml")])

    let first = try harness.fetch()
    #expect(first.outcomes == [.fetched(newItems: 1, knownItems: 0, unresolvedLinks: 0)])
    let remembered = try harness.subscriptions()[0]
    #expect(remembered.entityTag == "W/\"v1-abc\"")
    #expect(remembered.lastModified == "Mon, 30 Nov 2026 10:00:00 GMT")

    let second = try harness.fetch()
    #expect(second.outcomes == [.unchanged])
    #expect(second.allFetched)
    let requests = try server.requests(to: "/feed.xml")
    #expect(requests.count == 2)
    #expect(requests[0].header("If-None-Match") == nil)
    #expect(requests[1].header("If-None-Match") == "W/\"v1-abc\"")
    #expect(requests[1].header("If-Modified-Since") == "Mon, 30 Nov 2026 10:00:00 GMT")
    #expect(requests[0].header("User-Agent")?.hasPrefix("btap") == true)
    #expect(try harness.importedNews().items.map(\.title) == ["One"])
  }

  @Test func aPermanentRedirectUpdatesTheAddressAndATemporaryOneDoesNot() throws {
    let feed = FeedText.rss([("Moved", "https://example.org/moved", 29)])
    let server = try FeedServer(routes: [
      "/old.xml": [["status": 301, "headers": ["Location": "/new.xml"]]],
      "/new.xml": [["body": feed]],
      "/here.xml": [["status": 302, "headers": ["Location": "/elsewhere.xml"]]],
      "/elsewhere.xml": [["body": feed]],
      "/chain.xml": [["status": 308, "headers": ["Location": "/step.xml"]]],
      "/step.xml": [["status": 307, "headers": ["Location": "/new.xml"]]],
    ])
    let harness = try FetchHarness(subscribedTo: [
      server.url("/old.xml"), server.url("/here.xml"), server.url("/chain.xml"),
    ])
    let run = try harness.fetch()
    #expect(run.allFetched)
    let urls = try harness.subscriptions().map(\.url)
    #expect(
      urls == [server.url("/new.xml"), server.url("/here.xml"), server.url("/step.xml")])
    let moved = run.events.compactMap { event -> String? in
      if case .finished(_, _, _, let movedTo) = event { return movedTo }
      return nil
    }
    #expect(moved == [server.url("/new.xml"), server.url("/step.xml")])
  }

  @Test func decodesAGzipBodyAndADeflateOne() throws {
    let server = try FeedServer(routes: [
      "/gzip.xml": [
        ["body": FeedText.rss([("Packed", "https://example.org/packed", 28)]), "encoding": "gzip"]
      ],
      "/deflate.xml": [
        [
          "body": FeedText.rss([("Squeezed", "https://example.org/squeezed", 27)]),
          "encoding": "deflate",
        ]
      ],
    ])
    let harness = try FetchHarness(subscribedTo: [
      server.url("/gzip.xml"), server.url("/deflate.xml"),
    ])
    let run = try harness.fetch()
    #expect(run.allFetched)
    #expect(Set(try harness.importedNews().items.map(\.title)) == ["Packed", "Squeezed"])
    let accepted = try server.requests(to: "/gzip.xml")[0].header("Accept-Encoding") ?? ""
    #expect(accepted.contains("gzip") && accepted.contains("deflate"))
  }

  @Test func refusesABodyOverTheLimitAndKeepsTheOtherFeeds() throws {
    let server = try FeedServer(routes: [
      "/huge.xml": [["body_bytes": 15 * 1_024 * 1_024 + 1]],
      "/small.xml": [["body": FeedText.rss([("Small", "https://example.org/small", 26)])]],
    ])
    let harness = try FetchHarness(subscribedTo: [
      server.url("/huge.xml"), server.url("/small.xml"),
    ])
    let run = try harness.fetch()
    #expect(!run.allFetched)
    #expect(run.outcomes[0] == .failed("the feed is larger than 15 MiB"))
    #expect(run.outcomes[1] == .fetched(newItems: 1, knownItems: 0, unresolvedLinks: 0))
  }

  @Test func aServerThatNeverAnswersEndsAtTheTimeout() throws {
    let server = try FeedServer(routes: ["/silent.xml": [["hang": true]]])
    let harness = try FetchHarness(subscribedTo: [server.url("/silent.xml")])
    let started = Date()
    let run = try harness.fetch(timeoutSeconds: 1)
    let elapsed = Date().timeIntervalSince(started)
    #expect(run.outcomes == [.failed("no complete answer within 1 s")])
    #expect(elapsed >= 0.9 && elapsed < 10)
  }

  @Test func honoursRetryAfterOn429AndDoesNotAskAgainSooner() throws {
    let server = try FeedServer(routes: [
      "/busy.xml": [["status": 429, "headers": ["Retry-After": "3600"]]],
      "/unavailable.xml": [
        ["status": 503, "headers": ["Retry-After": "Fri, 31 Dec 2100 23:59:59 GMT"]]
      ],
    ])
    let harness = try FetchHarness(subscribedTo: [
      server.url("/busy.xml"), server.url("/unavailable.xml"),
    ])
    let before = Clock.system.now.secondsSinceEpoch
    let first = try harness.fetch()
    #expect(!first.allFetched)
    let saved = try harness.subscriptions()
    let wait = (saved[0].retryAfter?.secondsSinceEpoch ?? 0) - before
    #expect((3_595...3_605).contains(wait))
    // An HTTP date far ahead is capped at 30 days.
    let longWait = (saved[1].retryAfter?.secondsSinceEpoch ?? 0) - before
    #expect((30 * 86_400 - 5...30 * 86_400 + 5).contains(longWait))

    let second = try harness.fetch()
    #expect(second.outcomes.count == 2)
    for outcome in second.outcomes {
      guard case .waiting = outcome else {
        Issue.record("expected waiting, got \(outcome)")
        continue
      }
    }
    #expect(try server.requests(to: "/busy.xml").count == 1)
    #expect(try server.requests(to: "/unavailable.xml").count == 1)
  }

  @Test func a410MarksTheFeedGoneAndItIsNotAskedAgain() throws {
    let server = try FeedServer(routes: ["/gone.xml": [["status": 410]]])
    let harness = try FetchHarness(subscribedTo: [server.url("/gone.xml")])
    let first = try harness.fetch()
    guard case .gone = first.outcomes.first else {
      Issue.record("expected gone, got \(first.outcomes)")
      return
    }
    #expect(try harness.subscriptions()[0].goneSince != nil)
    _ = try harness.fetch()
    #expect(try server.requests(to: "/gone.xml").count == 1)
  }

  @Test func aRefusedConnectionIsOneFailureAmongOthers() throws {
    let server = try FeedServer(routes: [
      "/ok.xml": [["body": FeedText.rss([("Fine", "https://example.org/fine", 25)])]]
    ])
    let refused = try FeedServer.refusedURL()
    let harness = try FetchHarness(subscribedTo: [refused, server.url("/ok.xml")])
    let run = try harness.fetch()
    #expect(!run.allFetched)
    guard case .failed(let reason) = run.outcomes[0] else {
      Issue.record("expected a failure, got \(run.outcomes)")
      return
    }
    #expect(reason.lowercased().contains("connect"))
    #expect(run.outcomes[1] == .fetched(newItems: 1, knownItems: 0, unresolvedLinks: 0))
    #expect(
      run.events.last == .completed(total: 2, succeeded: 1, newItems: 1))
  }

  @Test func resolvesRelativeLinksAgainstTheAddressAfterRedirects() throws {
    let server = try FeedServer(routes: [
      "/start.xml": [["status": 302, "headers": ["Location": "/news/feed.xml"]]],
      "/news/feed.xml": [
        [
          "body": FeedText.rss([
            ("Relative", "/en/item.html", 24), ("Sibling", "item2.html", 23),
            ("Absolute", "https://example.org/abs", 22),
          ])
        ]
      ],
      "/atom.xml": [
        [
          "body": FeedText.atom(
            base: "https://base.example/dir/", [("Based", "page.html"), ("Up", "../top.html")])
        ]
      ],
    ])
    let harness = try FetchHarness(subscribedTo: [
      server.url("/start.xml"), server.url("/atom.xml"),
    ])
    _ = try harness.fetch()
    let links = Dictionary(
      uniqueKeysWithValues: try harness.importedNews().items.map { ($0.title, $0.link) })
    #expect(links["Relative"] == server.url("/en/item.html"))
    #expect(links["Sibling"] == server.url("/news/item2.html"))
    #expect(links["Absolute"] == "https://example.org/abs")
    #expect(links["Based"] == "https://base.example/dir/page.html")
    #expect(links["Up"] == "https://base.example/top.html")
  }

  @Test func itemsAreNotDuplicatedAcrossFetches() throws {
    let first = FeedText.rss([("A", "/a", 20), ("B", "/b", 21)])
    let second = FeedText.rss([("B again", "/b", 21), ("C", "/c", 22)])
    let server = try FeedServer(routes: ["/feed.xml": [["body": first], ["body": second]]])
    let harness = try FetchHarness(subscribedTo: [server.url("/feed.xml")])
    #expect(
      try harness.fetch().outcomes == [.fetched(newItems: 2, knownItems: 0, unresolvedLinks: 0)])
    #expect(
      try harness.fetch().outcomes == [.fetched(newItems: 1, knownItems: 1, unresolvedLinks: 0)])
    #expect(try harness.importedNews().items.map(\.title) == ["C", "B", "A"])
  }

  @Test func readsTheEncodingTheServerNamesWhenTheDocumentNamesNone() throws {
    let body =
      "<rss version=\"2.0\"><channel><title>Latin</title><item><title>Genève café</title>"
      + "<link>https://example.org/geneve</link></item></channel></rss>\n"
    let server = try FeedServer(routes: [
      "/latin.xml": [
        [
          "body_latin1": body,
          "headers": ["Content-Type": "application/rss+xml; charset=ISO-8859-1"],
        ]
      ]
    ])
    let harness = try FetchHarness(subscribedTo: [server.url("/latin.xml")])
    let run = try harness.fetch()
    #expect(run.allFetched)
    #expect(try harness.importedNews().items.map(\.title) == ["Genève café"])
  }

  @Test func theDocumentsOwnEncodingComesBeforeTheServers() throws {
    let body =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Own</title>"
      + "<item><title>Genève</title><link>https://example.org/own</link></item></channel></rss>\n"
    let server = try FeedServer(routes: [
      // The server names Latin-1, but the document says UTF-8 (and is): the document wins.
      "/own.xml": [["body": body, "headers": ["Content-Type": "text/xml; charset=ISO-8859-1"]]]
    ])
    let harness = try FetchHarness(subscribedTo: [server.url("/own.xml")])
    #expect(try harness.fetch().allFetched)
    #expect(try harness.importedNews().items.map(\.title) == ["Genève"])
  }

  @Test func theUserAgentNamesBtapAndItsVersion() throws {
    let server = try FeedServer(routes: ["/ua.xml": [["body": FeedText.rss([])]]])
    let harness = try FetchHarness(subscribedTo: [server.url("/ua.xml")])
    _ = try harness.fetch()
    let agent = try #require(try server.requests(to: "/ua.xml").first?.header("User-Agent"))
    #expect(agent.hasPrefix("btap/\(ProgramVersion.number) "), "\(agent)")
  }
}
