import FuzzSupport

/// libFuzzer's entry point: reads one input as `news.tsv`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  DatasetFileTarget.news.run(FuzzInput.bytes(data, size))
  return 0
}
