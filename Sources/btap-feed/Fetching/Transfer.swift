import CCurl

/// What libcurl's callbacks fill during one exchange: the body (up to a limit) and the
/// headers of the last answer.
final class Transfer {
  /// The largest body accepted, in bytes.
  let limit: Int
  /// The body received so far, decoded.
  var body: [UInt8] = []
  /// The last answer's headers, by lower-cased name (the first of repeated ones).
  var headers: [String: String] = [:]
  /// Whether the body passed the limit (the transfer was then stopped).
  var exceededLimit = false

  /// A transfer that accepts at most `limit` body bytes.
  init(limit: Int) {
    self.limit = limit
  }

  /// libcurl's write callback: keeps the bytes, or stops the transfer past the limit.
  static let receiveBody: btap_curl_data_callback = { data, size, count, context in
    guard let context else { return 0 }
    let transfer = Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    guard let data, length > 0 else { return length }
    if transfer.body.count + length > transfer.limit {
      transfer.exceededLimit = true
      return 0
    }
    transfer.body.append(
      contentsOf: UnsafeRawBufferPointer(start: UnsafeRawPointer(data), count: length))
    return length
  }

  /// libcurl's header callback: one header line at a time; a status line starts a new answer.
  static let receiveHeader: btap_curl_data_callback = { data, size, count, context in
    guard let context else { return 0 }
    let transfer = Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    guard let data, length > 0 else { return length }
    var bytes = UnsafeRawBufferPointer(start: UnsafeRawPointer(data), count: length)[...]
    while let last = bytes.last, last == 0x0D || last == 0x0A || last == 0x20 || last == 0x09 {
      bytes = bytes.dropLast()
    }
    let line = String(decoding: bytes, as: UTF8.self)
    if line.hasPrefix("HTTP/") {
      transfer.headers = [:]
      return length
    }
    guard let colon = line.firstIndex(of: ":") else { return length }
    let name = line[..<colon].lowercased()
    let value = line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" }
    if transfer.headers[name] == nil { transfer.headers[name] = String(value) }
    return length
  }
}
