import FuzzSupport

/// libFuzzer's entry point: reads one input as `world-map.txt`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  WorldMapTarget.run(FuzzInput.bytes(data, size))
  return 0
}
