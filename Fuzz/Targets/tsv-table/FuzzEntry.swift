import FuzzSupport

/// libFuzzer's entry point: reads one input as any tab-separated table.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  TSVTableTarget.run(FuzzInput.bytes(data, size))
  return 0
}
