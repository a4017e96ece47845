import FuzzSupport

/// libFuzzer's entry point: reads one input as an RSS or Atom feed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FeedTarget.run(FuzzInput.bytes(data, size))
  return 0
}
