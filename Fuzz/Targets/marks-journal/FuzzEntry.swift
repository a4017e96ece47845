import FuzzSupport

/// libFuzzer's entry point: reads one input as the marks journal `marks.tsv`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  MarkJournalTarget.run(FuzzInput.bytes(data, size))
  return 0
}
