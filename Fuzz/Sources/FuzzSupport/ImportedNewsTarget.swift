import TreatyModel

/// Reads an input as the user's imported news: it loads or names the bad line, items come
/// newest first with each id once, and what loads, saved again, loads equal.
public enum ImportedNewsTarget {
  /// The file name errors must name.
  static let file = ImportedNews.fileName

  /// Runs one input.
  public static func run(_ bytes: [UInt8]) {
    let imported: ImportedNews
    do {
      imported = try ImportedNews.parse(bytes, file: file)
    } catch {
      ErrorShape.check(error, file: file, bytes: bytes)
      return
    }
    check(imported)
    // An import merges new items in and saves; the shipped news is what it checks against.
    var merged = imported
    _ = merged.merge(ShippedData.dataset.news, existing: [])
    check(merged)
  }

  /// Checks the items' order and uniqueness, and that saving them loads them back.
  static func check(_ imported: ImportedNews) {
    let items = imported.items
    FuzzCheck.require(Set(items.map(\.id)).count == items.count, "an id twice")
    FuzzCheck.require(
      items == TreatyDataset.sortedNewestFirst(items.reversed()), "not newest first")
    FuzzCheck.require(!items.contains { $0.id.isEmpty || $0.title.isEmpty }, "an empty field")
    let saved = imported.encoded()
    let again: ImportedNews
    do {
      again = try ImportedNews.parse(saved, file: file)
    } catch {
      FuzzCheck.fail("the saved news does not load: \(error)")
    }
    if items.allSatisfy(isClean) {
      FuzzCheck.require(again == imported, "the saved news loads differently")
    } else {
      // Cleaning may reorder items; from then on the news stays as it is.
      do {
        let third = try ImportedNews.parse(again.encoded(), file: file)
        FuzzCheck.require(third == again, "saving the saved news changes it")
      } catch {
        FuzzCheck.fail("the news saved twice does not load: \(error)")
      }
    }
  }

  /// Whether saving leaves every field of the item as it is.
  static func isClean(_ item: NewsItem) -> Bool {
    [item.id, item.title, item.summary, item.link, item.origin].allSatisfy {
      MarkJournal.cleanField($0) == $0
    }
  }
}
