import CLibXML2

/// A strict, streaming XML parser: libxml2's push parser with a SAX2 handler of btap's own.
///
/// The handler has element, text and error callbacks only, so the parser builds no tree,
/// keeps no table of the entities a document declares, loads no DTD, and never reads a file
/// or the network (`XML_PARSE_NONET`). Every pointer libxml2 hands over is checked for NULL
/// and every string decoded with repair, so no input can crash the process. The document is
/// fed in chunks; the caller bounds its size (``FeedInput/maximumByteCount``), which is why
/// libxml2's own limit on one text or lookup of 10 MB is lifted (`XML_PARSE_HUGE`).
enum StreamingXMLParser {
  /// The first error of a parse: where, libxml2's error number, and its own message.
  struct Failure: Hashable, Sendable {
    /// The 1-based line.
    var line: Int
    /// The 1-based column.
    var column: Int
    /// libxml2's error number (`xmlParserErrors`).
    var code: Int
    /// libxml2's message, in English.
    var message: String
    /// How many elements were open when the error was found.
    var openElements: Int
    /// Whether any element had started before the error.
    var sawElement: Bool

    /// The error in words (see ``XMLErrorReason``).
    ///
    /// libxml2 reports a document cut short, content after the root element and a document
    /// with no element all as number 5; what was open at the error tells them apart.
    var reason: String {
      if code == 5 {
        if !sawElement { return "the document has no root element" }
        if openElements == 0 { return "content after the root element" }
      }
      return XMLErrorReason.text(code: code, message: message)
    }
  }

  /// How many bytes are handed to libxml2 at a time.
  static let chunkByteCount = 256 * 1_024

  /// Parses the document, calling the handler for each element and text; returns the first
  /// error (nil when the document is well formed or the handler stopped the parse).
  ///
  /// `encoding`, when given, is the text encoding to read the bytes in (one the document does
  /// not state itself); an encoding libxml2 cannot convert is an error.
  static func parse(
    _ bytes: [UInt8], handler: any XMLContentHandler, encoding: String? = nil
  ) -> Failure? {
    xmlInitParser()
    btap_silence_generic_errors()
    let session = Session(handler: handler)
    var sax = makeHandler()
    let userData = Unmanaged.passRetained(session).toOpaque()
    defer { Unmanaged<Session>.fromOpaque(userData).release() }
    guard let context = xmlCreatePushParserCtxt(&sax, userData, nil, 0, nil) else {
      return Failure(
        line: 1, column: 1, code: 2, message: "", openElements: 0, sawElement: false)
    }
    defer {
      // libxml2 keeps declared entities in a stand-in document when parsing with SAX.
      if let document = context.pointee.myDoc { xmlFreeDoc(document) }
      context.pointee.myDoc = nil
      xmlFreeParserCtxt(context)
    }
    _ = xmlCtxtUseOptions(
      context, Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue))
    session.context = context
    if let encoding {
      guard let converter = xmlFindCharEncodingHandler(encoding) else {
        return Failure(
          line: 0, column: 0, code: Int(XML_ERR_UNSUPPORTED_ENCODING.rawValue),
          message: "unsupported encoding \(encoding)", openElements: 0, sawElement: false)
      }
      _ = xmlSwitchToEncoding(context, converter)
    }
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else {
        _ = xmlParseChunk(context, nil, 0, 1)
        return
      }
      var offset = 0
      repeat {
        let count = min(chunkByteCount, buffer.count - offset)
        let isLast = offset + count == buffer.count
        let result = base.advanced(by: offset).withMemoryRebound(to: CChar.self, capacity: count) {
          xmlParseChunk(context, $0, Int32(count), isLast ? 1 : 0)
        }
        offset += count
        if result != 0 || session.isStopped || context.pointee.disableSAX != 0 { break }
      } while offset < buffer.count
    }
    return session.failure
  }

  /// What the C callbacks reach through libxml2's user data pointer.
  private final class Session {
    let handler: any XMLContentHandler
    var context: xmlParserCtxtPtr?
    var failure: Failure?
    var isStopped = false
    var openElements = 0
    var sawElement = false

    init(handler: any XMLContentHandler) {
      self.handler = handler
    }

    /// The session behind a callback's user data pointer.
    static func from(_ pointer: UnsafeMutableRawPointer?) -> Session? {
      guard let pointer else { return nil }
      return Unmanaged<Session>.fromOpaque(pointer).takeUnretainedValue()
    }

    /// Stops the parse at once; nothing more reaches the handler.
    func stop() {
      isStopped = true
      if let context { xmlStopParser(context) }
    }
  }

  /// A SAX2 handler with element, text, CDATA and error callbacks, and nothing else.
  private static func makeHandler() -> xmlSAXHandler {
    var sax = xmlSAXHandler()
    sax.initialized = btap_sax2_magic()
    sax.startElementNs = {
      userData, localName, prefix, namespaceURI, _, _, attributeCount, _, attributes in
      guard let session = Session.from(userData), !session.isStopped else { return }
      let name = StreamingXMLParser.string(localName)
      let qualifiedName = prefix.map { StreamingXMLParser.string($0) + ":" + name } ?? name
      var values: [String: String] = [:]
      if let attributes {
        for index in 0..<max(0, Int(attributeCount)) {
          let field = attributes.advanced(by: index * 5)
          guard let attributeName = field[0] else { continue }
          var key = StreamingXMLParser.string(attributeName)
          if let attributePrefix = field[1] {
            key = StreamingXMLParser.string(attributePrefix) + ":" + key
          }
          values[key] = StreamingXMLParser.text(from: field[3], to: field[4])
        }
      }
      session.openElements += 1
      session.sawElement = true
      let goOn = session.handler.startElement(
        name, namespace: StreamingXMLParser.string(namespaceURI), qualifiedName: qualifiedName,
        attributes: values)
      if !goOn { session.stop() }
    }
    sax.endElementNs = { userData, localName, _, namespaceURI in
      guard let session = Session.from(userData), !session.isStopped else { return }
      session.openElements -= 1
      session.handler.endElement(
        StreamingXMLParser.string(localName), namespace: StreamingXMLParser.string(namespaceURI))
    }
    sax.characters = { userData, bytes, count in
      guard let session = Session.from(userData), !session.isStopped, let bytes, count > 0
      else { return }
      session.handler.characters(UnsafeBufferPointer(start: bytes, count: Int(count)))
    }
    sax.cdataBlock = { userData, bytes, count in
      guard let session = Session.from(userData), !session.isStopped, let bytes, count > 0
      else { return }
      session.handler.characters(UnsafeBufferPointer(start: bytes, count: Int(count)))
    }
    sax.serror = { userData, error in
      guard let session = Session.from(userData), let error, session.failure == nil,
        !session.isStopped, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue
      else { return }
      let message = error.pointee.message.map { String(cString: $0) } ?? ""
      session.failure = Failure(
        line: max(1, Int(error.pointee.line)), column: max(1, Int(error.pointee.int2)),
        code: Int(error.pointee.code), message: message, openElements: session.openElements,
        sawElement: session.sawElement)
    }
    return sax
  }

  /// A NUL-terminated UTF-8 string from libxml2 (empty for NULL), invalid bytes repaired.
  private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
    guard let pointer else { return "" }
    let count = Int(xmlStrlen(pointer))
    return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
  }

  /// The UTF-8 text between two pointers (an attribute value), invalid bytes repaired.
  private static func text(
    from start: UnsafePointer<xmlChar>?, to end: UnsafePointer<xmlChar>?
  ) -> String {
    guard let start, let end, end > start else { return "" }
    return String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
  }
}
