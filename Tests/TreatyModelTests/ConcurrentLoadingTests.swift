import Foundation
import Synchronization
import Testing

@testable import TreatyModel

/// A large news file is read on a thread of its own, and the shipped tables are mapped rather
/// than copied: the dataset, and the first error named, must be what reading them one by one
/// gave.
@Suite struct ConcurrentLoadingTests {
  /// A copy of the shipped data whose news file has `count` more items, one a day from
  /// 2001-01-01, with `bad` (a whole line) in place of the item at `badIndex`.
  static func resourcesWithManyNews(
    count: Int, badIndex: Int? = nil, bad: String = ""
  ) throws -> String {
    let resources = try Fixtures.copyOfResources()
    let path = resources + "/news.tsv"
    let first = try #require(CalendarDate(year: 2001, month: 1, day: 1))
    var text = try String(contentsOfFile: path, encoding: .utf8)
    for index in 0..<count {
      if index == badIndex {
        text += bad + "\n"
        continue
      }
      let date = first.addingDays(index)
      text += "many-\(index)\t\(date)\tday\tItem \(index)\tWhat item \(index) says.\t\t\n"
    }
    try Fixtures.write(text, to: path)
    return resources
  }

  /// The line of the news file that the item at `index` is on.
  static func line(ofItem index: Int, in resources: String) throws -> Int {
    let shipped = try String(contentsOfFile: Fixtures.resources + "/news.tsv", encoding: .utf8)
    return shipped.split(separator: "\n", omittingEmptySubsequences: false).count + index
  }

  @Test("a news file past the thread threshold loads every item, newest first")
  func largeNewsLoads() throws {
    let count = 2_000
    let resources = try Self.resourcesWithManyNews(count: count)
    let size = try FileSystem.byteCount(of: resources + "/news.tsv")
    #expect(size >= TreatyDataset.separateThreadBytes)
    let shipped = try Fixtures.dataset()
    let loaded = try TreatyDataset.load(from: resources)
    #expect(loaded.news.count == shipped.news.count + count)
    #expect(loaded.news.filter { $0.id.hasPrefix("many-") }.count == count)
    #expect(zip(loaded.news, loaded.news.dropFirst()).allSatisfy { $0.date >= $1.date })
    let item = try #require(loaded.news.first { $0.id == "many-1234" })
    #expect(item.title == "Item 1234")
    #expect(item.summary == "What item 1234 says.")
    #expect(loaded.participants == shipped.participants)
  }

  @Test("a bad line in a large news file is named by file and line")
  func largeNewsError() throws {
    let resources = try Self.resourcesWithManyNews(
      count: 2_000, badIndex: 1_500, bad: "many-x\t2001-02-30\tday\tTitle\tSummary\t\t")
    let line = try Self.line(ofItem: 1_500, in: resources)
    #expect(throws: DataError.self) { try TreatyDataset.load(from: resources) }
    do {
      _ = try TreatyDataset.load(from: resources)
    } catch {
      #expect(error.file.hasSuffix("news.tsv"))
      #expect(error.line == line)
    }
  }

  @Test("with both files bad, the parties file's error is the one named, as before")
  func partiesErrorFirst() throws {
    let resources = try Self.resourcesWithManyNews(
      count: 2_000, badIndex: 10, bad: "many-y\tnot a date\tday\tTitle\tSummary\t\t")
    let parties = resources + "/parties.tsv"
    var text = try String(contentsOfFile: parties, encoding: .utf8)
    text += "Nowhere\tXQ\tnowhere\t\t\t\t\t\t\n"
    try Fixtures.write(text, to: parties)
    do {
      _ = try TreatyDataset.load(from: resources)
      Issue.record("loaded data with two bad files")
    } catch {
      #expect(error.file.hasSuffix("parties.tsv"))
    }
  }

  @Test("side work runs on a thread of its own, joined for its value")
  func sideThread() {
    let caller = UInt(pthread_self())
    let separate = SideThread { UInt(pthread_self()) }
    #expect(separate.join() != caller)
    // Released without being joined, it still finishes.
    let done = Mutex(false)
    do { _ = SideThread { done.withLock { $0 = true } } }
    #expect(done.withLock { $0 })
  }

  @Test("a table that cannot be mapped names the system's reason")
  func mappingErrors() throws {
    let directory = try Fixtures.temporaryDirectory()
    #expect(throws: FileSystemError(path: directory, errorNumber: EISDIR)) {
      try TableBytes(mapping: directory)
    }
    let missing = directory + "/missing.tsv"
    #expect(throws: FileSystemError(path: missing, errorNumber: ENOENT)) {
      try TableBytes(mapping: missing)
    }
    let empty = directory + "/empty.tsv"
    try Fixtures.write("", to: empty)
    #expect(try TableBytes(mapping: empty).count == 0)
  }
}
