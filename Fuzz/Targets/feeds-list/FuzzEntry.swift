import FuzzSupport

/// libFuzzer's entry point: reads one input as `feeds.tsv`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  SubscriptionListTarget.run(FuzzInput.bytes(data, size))
  return 0
}
