import CLibXML2

/// Turns a feed's links into absolute `http` or `https` addresses, resolving relative ones
/// against a base as RFC 3986 says (libxml2's `xmlBuildURI`).
enum LinkResolver {
  /// The reference resolved against `base` (an absolute reference stands alone); nil when
  /// the result is not an absolute `http` or `https` address.
  static func resolve(_ reference: String, against base: String?) -> String? {
    let trimmed = reference.trimmingWhiteSpace()
    guard !trimmed.isEmpty else { return nil }
    if isAbsoluteWeb(trimmed) { return trimmed }
    guard let base, isAbsoluteWeb(base) else { return nil }
    let built: String? = trimmed.withCString { referenceText in
      base.withCString { baseText in
        referenceText.withMemoryRebound(to: xmlChar.self, capacity: 1) { reference in
          baseText.withMemoryRebound(to: xmlChar.self, capacity: 1) { base in
            guard let result = xmlBuildURI(reference, base) else { return nil }
            defer { btap_xml_free(result) }
            return String(cString: result)
          }
        }
      }
    }
    guard let resolved = built else { return nil }
    return isAbsoluteWeb(resolved) ? resolved : nil
  }

  /// Whether the text starts with `http://` or `https://` and a host.
  static func isAbsoluteWeb(_ text: String) -> Bool {
    let lowered = text.prefix(8).lowercased()
    let rest: Substring
    if lowered.hasPrefix("https://") {
      rest = text.dropFirst(8)
    } else if lowered.hasPrefix("http://") {
      rest = text.dropFirst(7)
    } else {
      return false
    }
    return !(rest.first.map { $0 == "/" || $0 == "?" || $0 == "#" } ?? true)
  }
}
