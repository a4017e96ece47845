/// Receives what ``StreamingXMLParser`` finds, in document order.
///
/// Names and attribute values are complete strings; text arrives as UTF-8 bytes, possibly in
/// several pieces, valid only during the call.
protocol XMLContentHandler: AnyObject {
  /// An element starts; returns false to stop the parse.
  func startElement(
    _ name: String, namespace: String, qualifiedName: String, attributes: [String: String]
  ) -> Bool

  /// The element last started ends.
  func endElement(_ name: String, namespace: String)

  /// Text (character data or a CDATA section's content) inside the current element.
  func characters(_ bytes: UnsafeBufferPointer<UInt8>)
}
