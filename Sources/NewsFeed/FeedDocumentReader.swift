import Foundation
import FoundationXML

/// The XML parser's delegate: collects the feed's title and each item's raw text, and the
/// first error with its line and column.
///
/// Only the elements that matter are kept: RSS 2.0 elements in no namespace (plus Dublin
/// Core's `date` and the content module's `encoded`), Atom elements in the Atom namespace.
/// Everything inside a captured element (such as XHTML in Atom content) counts as its text.
final class FeedDocumentReader: NSObject, XMLParserDelegate {
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
  /// The first problem: line, column and reason.
  private(set) var failure: (line: Int, column: Int, reason: String)?

  private var path: [String] = []
  private var entry: RawEntry?
  private var entryDepth = 0
  private var capture: (field: Field, depth: Int)?
  private var buffer = ""

  private enum Field {
    case feedTitle, title, link, identifier, summary, content, publicationDate, isoDate
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    let namespace = namespaceURI ?? ""
    path.append(elementName)
    if path.count == 1 {
      rootElement = qualifiedName ?? elementName
      if elementName == "rss" && namespace.isEmpty {
        kind = .rss
      } else if elementName == "feed" && namespace == FeedDocumentReader.atomNamespace {
        kind = .atom
      } else {
        parser.abortParsing()
      }
      return
    }
    if capture != nil { return }
    guard let kind else { return }
    switch kind {
    case .rss: startRSS(elementName, namespace: namespace)
    case .atom: startAtom(elementName, namespace: namespace, attributes: attributes)
    }
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
        current.hasAlternateLink = true
      } else if current.link == nil {
        current.link = href
      }
      entry = current
    default: break
    }
  }

  private func begin(_ field: Field) {
    capture = (field, path.count)
    buffer = ""
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if capture != nil { buffer += string }
  }

  func parser(_ parser: XMLParser, foundCDATA block: Data) {
    if capture != nil { buffer += String(decoding: block, as: UTF8.self) }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    defer { path.removeLast() }
    if let (field, depth) = capture, depth == path.count {
      capture = nil
      store(buffer, in: field, name: elementName)
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
    case .link: current.link = current.link ?? text
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

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    record(parser, parseError)
  }

  func parser(_ parser: XMLParser, validationErrorOccurred validationError: any Error) {
    record(parser, validationError)
  }

  func parser(
    _ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?
  ) -> Data? {
    // Never fetch anything named by the document.
    nil
  }

  private func record(_ parser: XMLParser, _ error: any Error) {
    guard failure == nil, kind != nil || rootElement == nil else { return }
    let code = (error as NSError).code
    failure = (parser.lineNumber, parser.columnNumber, FeedDocumentReader.reason(code: code))
  }

  /// A short description of the parser's error codes (libxml2's `xmlParserErrors`).
  static func reason(code: Int) -> String {
    switch code {
    case 4: return "the document is empty"
    case 5: return "the document ends before its elements are closed"
    case 9: return "a character that XML does not allow"
    case 23, 24, 25: return "a bad entity reference (a bare '&' must be written '&amp;')"
    case 26, 27: return "an undeclared entity"
    case 38, 39, 40, 41, 42: return "a malformed attribute"
    case 68: return "a name is missing after '<' or '&'"
    case 73: return "a tag is not closed with '>'"
    case 76: return "a closing tag does not match the open element"
    case 77: return "an unfinished tag"
    case 86: return "content after the root element"
    case 201...210: return "a bad namespace declaration"
    case 6000...6004: return "text in an encoding that cannot be converted"
    default: return "XML error \(code)"
    }
  }
}
