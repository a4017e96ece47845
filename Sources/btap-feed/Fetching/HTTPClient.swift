import CCurl

#if canImport(Glibc)
  import Glibc
#endif

/// Fetches feeds over HTTP and HTTPS with libcurl, the way well-behaved feed readers do.
///
/// - The system's certificate store checks every `https` server.
/// - Redirects are followed here, one hop at a time, up to ``maximumRedirects``: only to
///   `http` or `https` addresses, and the answer says whether every hop was permanent.
/// - `gzip` and `deflate` (and whatever else this libcurl can decode) are accepted and decoded.
/// - The body is refused once it passes ``maximumBodyByteCount`` after decoding.
/// - The validators of the last answer are sent back (`If-None-Match`, `If-Modified-Since`).
/// - One deadline covers the whole exchange, redirects included.
public struct HTTPClient: Sendable {
  /// How many redirects are followed before giving up.
  public static let maximumRedirects = 10
  /// The largest body accepted, after decoding: 15 MiB, the feed parser's own limit.
  public static let maximumBodyByteCount = 15 * 1_024 * 1_024
  /// How long a fetch may take by default, in seconds.
  public static let defaultTimeoutSeconds = 30

  /// The `Accept` header: feeds first, any XML next, anything else last.
  static let acceptedTypes =
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8"

  /// The `User-Agent` sent with every request.
  public let userAgent: String

  /// A client that names itself `userAgent`.
  public init(userAgent: String) {
    self.userAgent = userAgent
  }

  /// Readies libcurl; call once, before any other thread runs.
  public static func initializeLibrary() {
    curl_global_init(Int(CURL_GLOBAL_DEFAULT))
  }

  /// Fetches `request.url`, following redirects; a status other than 2xx or 304 is an answer
  /// too (the caller decides what it means).
  public func fetch(_ request: HTTPRequest) throws(HTTPFailure) -> HTTPResponse {
    guard let handle = curl_easy_init() else {
      throw HTTPFailure(.transfer, "libcurl could not start a transfer")
    }
    defer { curl_easy_cleanup(handle) }
    let deadline = Monotonic.milliseconds() + request.timeoutSeconds * 1_000
    var url = request.url
    var permanentURL: String?
    var everyHopPermanent = true
    for hop in 0...HTTPClient.maximumRedirects {
      let remaining = deadline - Monotonic.milliseconds()
      guard remaining > 0 else { throw timedOut(request) }
      let answer = try exchange(handle, url: url, request: request, timeoutMilliseconds: remaining)
      guard [301, 302, 303, 307, 308].contains(answer.status), let target = answer.redirectURL
      else {
        var response = answer.response
        response.finalURL = url
        response.permanentURL = permanentURL
        return response
      }
      guard hop < HTTPClient.maximumRedirects else {
        throw HTTPFailure(.badRedirect, "more than \(HTTPClient.maximumRedirects) redirects")
      }
      let lowered = target.lowercased()
      guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else {
        throw HTTPFailure(.badRedirect, "redirected to an address that is not http or https")
      }
      if everyHopPermanent && (answer.status == 301 || answer.status == 308) {
        permanentURL = target
      } else {
        everyHopPermanent = false
      }
      url = target
    }
    throw HTTPFailure(.badRedirect, "more than \(HTTPClient.maximumRedirects) redirects")
  }

  private func timedOut(_ request: HTTPRequest) -> HTTPFailure {
    HTTPFailure(.timedOut, "no complete answer within \(request.timeoutSeconds) s")
  }

  /// One request and its answer, without following a redirect.
  private func exchange(
    _ handle: UnsafeMutableRawPointer, url: String, request: HTTPRequest,
    timeoutMilliseconds: Int
  ) throws(HTTPFailure) -> (status: Int, redirectURL: String?, response: HTTPResponse) {
    curl_easy_reset(handle)
    let transfer = Transfer(limit: HTTPClient.maximumBodyByteCount)
    let context = Unmanaged.passRetained(transfer)
    defer { context.release() }
    var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    var headerList = curl_slist_append(nil, "Accept: \(HTTPClient.acceptedTypes)")
    if !request.entityTag.isEmpty {
      headerList = curl_slist_append(headerList, "If-None-Match: \(request.entityTag)")
    }
    if !request.lastModified.isEmpty {
      headerList = curl_slist_append(headerList, "If-Modified-Since: \(request.lastModified)")
    }
    defer { curl_slist_free_all(headerList) }
    let code = errorBuffer.withUnsafeMutableBufferPointer { errorPointer -> CURLcode in
      btap_curl_set_string(handle, CURLOPT_URL, url)
      btap_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
      btap_curl_set_long(handle, CURLOPT_FOLLOWLOCATION, 0)
      btap_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
      btap_curl_set_long(handle, CURLOPT_TIMEOUT_MS, timeoutMilliseconds)
      btap_curl_set_string(handle, CURLOPT_ACCEPT_ENCODING, "")
      btap_curl_set_string(handle, CURLOPT_USERAGENT, userAgent)
      btap_curl_set_pointer(handle, CURLOPT_HTTPHEADER, UnsafeMutableRawPointer(headerList))
      btap_curl_set_pointer(handle, CURLOPT_ERRORBUFFER, errorPointer.baseAddress)
      btap_curl_set_callback(handle, CURLOPT_WRITEFUNCTION, Transfer.receiveBody)
      btap_curl_set_pointer(handle, CURLOPT_WRITEDATA, context.toOpaque())
      btap_curl_set_callback(handle, CURLOPT_HEADERFUNCTION, Transfer.receiveHeader)
      btap_curl_set_pointer(handle, CURLOPT_HEADERDATA, context.toOpaque())
      return curl_easy_perform(handle)
    }
    guard code == CURLE_OK else {
      let detail = String(
        decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      throw failure(code, detail: detail, transfer: transfer, request: request)
    }
    var status = 0
    btap_curl_get_long(handle, CURLINFO_RESPONSE_CODE, &status)
    var redirect: UnsafeMutablePointer<CChar>?
    btap_curl_get_string(handle, CURLINFO_REDIRECT_URL, &redirect)
    let headers = transfer.headers
    let response = HTTPResponse(
      status: status, finalURL: url, entityTag: headers["etag"] ?? "",
      lastModified: headers["last-modified"] ?? "", contentType: headers["content-type"] ?? "",
      retryAfterSeconds: headers["retry-after"].flatMap(HTTPClient.retryAfterSeconds),
      body: transfer.body)
    return (status, redirect.map { String(cString: $0) }, response)
  }

  /// The failure for a libcurl error code, in words.
  private func failure(
    _ code: CURLcode, detail: String, transfer: Transfer, request: HTTPRequest
  ) -> HTTPFailure {
    if transfer.exceededLimit {
      return HTTPFailure(.tooLarge, "the feed is larger than 15 MiB")
    }
    let text = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
    switch code {
    case CURLE_OPERATION_TIMEDOUT: return timedOut(request)
    case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
      return HTTPFailure(.unreachable, text)
    default: return HTTPFailure(.transfer, text)
    }
  }

  /// Seconds to wait from a `Retry-After` value: delta-seconds, or an HTTP date (read by
  /// libcurl's date parser); nil when it is neither.
  static func retryAfterSeconds(_ value: String) -> Int? {
    let text = value.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    if let seconds = Int(text), seconds >= 0 { return seconds }
    let moment = curl_getdate(text, nil)
    guard moment >= 0 else { return nil }
    return max(0, Int(moment) - Int(time(nil)))
  }
}
