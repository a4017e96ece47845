/// What ``StreamingXMLParser`` reports, gathered into the feed's title and each item's raw
/// text; the parse is stopped as soon as the root element shows the document is no feed.
///
/// Only the elements that matter are kept: RSS 2.0 elements in no namespace (plus Dublin
/// Core's `date` and the content module's `encoded`), Atom elements in the Atom namespace.
/// Everything inside a captured element (such as XHTML in Atom content) counts as its text.
final class FeedDocumentReader: XMLContentHandler {
  /// The Atom namespace.
  static let atomNamespace = "http://www.w3.org/2005/Atom"
  private static let dublinCoreNamespace = "http://purl.org/dc/elements/1.1/"
  private static let contentNamespace = "http://purl.org/rss/1.0/modules/content/"

  /// The kind, once the root element was seen.
  private(set) var kind: FeedKind?
  /// The root element's name, once seen.
  private(set) var rootElement: String?
  /// The feed's own title, raw.
  private(set) var feedTitle: String?
  /// The items, in document order.
  private(set) var entries: [RawEntry] = []

  /// The base of relative links in each open element (`xml:base`, else the document's).
  private var bases: [String?] = []
  /// The address the document came from, the base of links outside any `xml:base`.
  private let documentBase: String?
  private var path: [String] = []
  private var entry: RawEntry?
  private var entryDepth = 0
  private var capture: (field: Field, depth: Int)?
  private var buffer: [UInt8] = []

  /// A reader whose relative links resolve against `documentBase` (nil: none resolve unless
  /// the document declares an absolute `xml:base`).
  init(documentBase: String?) {
    self.documentBase = documentBase
  }

  private enum Field {
    case feedTitle, title, link, identifier, summary, content, publicationDate, isoDate
  }

  func startElement(
    _ elementName: String, namespace: String, qualifiedName: String, attributes: [String: String]
  ) -> Bool {
    path.append(elementName)
    let parentBase = bases.last ?? documentBase
    if let declared = attributes["xml:base"] {
      bases.append(LinkResolver.resolve(declared, against: parentBase) ?? parentBase)
    } else {
      bases.append(parentBase)
    }
    if path.count == 1 {
      rootElement = qualifiedName
      if elementName == "rss" && namespace.isEmpty {
        kind = .rss
      } else if elementName == "feed" && namespace == FeedDocumentReader.atomNamespace {
        kind = .atom
      } else {
        return false
      }
      return true
    }
    if capture != nil { return true }
    guard let kind else { return true }
    switch kind {
    case .rss: startRSS(elementName, namespace: namespace)
    case .atom: startAtom(elementName, namespace: namespace, attributes: attributes)
    }
    return true
  }

  private func startRSS(_ name: String, namespace: String) {
    if entry == nil {
      if name == "item" && namespace.isEmpty && path.count == 3 && path[1] == "channel" {
        entry = RawEntry()
        entryDepth = path.count
      } else if name == "title" && namespace.isEmpty && path.count == 3 && path[1] == "channel" {
        begin(.feedTitle)
      }
      return
    }
    guard path.count == entryDepth + 1 else { return }
    switch (namespace, name) {
    case ("", "title"): begin(.title)
    case ("", "link"): begin(.link)
    case ("", "guid"): begin(.identifier)
    case ("", "description"): begin(.summary)
    case ("", "pubDate"): begin(.publicationDate)
    case (FeedDocumentReader.dublinCoreNamespace, "date"): begin(.isoDate)
    case (FeedDocumentReader.contentNamespace, "encoded"): begin(.content)
    default: break
    }
  }

  private func startAtom(_ name: String, namespace: String, attributes: [String: String]) {
    guard namespace == FeedDocumentReader.atomNamespace else { return }
    if entry == nil {
      if name == "entry" && path.count == 2 {
        entry = RawEntry()
        entryDepth = path.count
      } else if name == "title" && path.count == 2 {
        begin(.feedTitle)
      }
      return
    }
    guard path.count == entryDepth + 1 else { return }
    switch name {
    case "title": begin(.title)
    case "id": begin(.identifier)
    case "summary": begin(.summary)
    case "content": begin(.content)
    case "published": begin(.isoDate)
    case "updated": begin(.isoDate)
    case "link":
      guard let href = attributes["href"], var current = entry else { return }
      let relation = attributes["rel"] ?? "alternate"
      if relation == "alternate" && !current.hasAlternateLink {
        current.link = href
        current.linkBase = bases.last ?? nil
        current.hasAlternateLink = true
      } else if current.link == nil {
        current.link = href
        current.linkBase = bases.last ?? nil
      }
      entry = current
    default: break
    }
  }

  private func begin(_ field: Field) {
    capture = (field, path.count)
    buffer.removeAll(keepingCapacity: true)
  }

  func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
    if capture != nil { buffer.append(contentsOf: bytes) }
  }

  func endElement(_ elementName: String, namespace: String) {
    defer {
      path.removeLast()
      bases.removeLast()
    }
    if let (field, depth) = capture, depth == path.count {
      capture = nil
      store(String(decoding: buffer, as: UTF8.self), in: field, name: elementName)
      return
    }
    if entry != nil, path.count == entryDepth, let finished = entry {
      entries.append(finished)
      entry = nil
    }
  }

  private func store(_ text: String, in field: Field, name: String) {
    if field == .feedTitle {
      if feedTitle == nil { feedTitle = text }
      return
    }
    guard var current = entry else { return }
    switch field {
    case .feedTitle: break
    case .title: current.title = current.title ?? text
    case .link:
      if current.link == nil {
        current.link = text
        current.linkBase = bases.last ?? nil
      }
    case .identifier: current.identifier = current.identifier ?? text
    case .summary: current.summary = current.summary ?? text
    case .content: current.content = current.content ?? text
    case .publicationDate: current.publicationDate = current.publicationDate ?? text
    case .isoDate:
      // Atom prefers `published` to `updated`, whatever their order in the entry.
      if name == "published" {
        current.isoDates.insert(text, at: 0)
      } else {
        current.isoDates.append(text)
      }
    }
    entry = current
  }
}
