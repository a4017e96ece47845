import FuzzSupport

/// libFuzzer's entry point: reads one input as a depositary table of contracting parties.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  DepositaryTableTarget.run(FuzzInput.bytes(data, size))
  return 0
}
