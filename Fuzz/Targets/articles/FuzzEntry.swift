import FuzzSupport

/// libFuzzer's entry point: reads one input as `articles.tsv`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  DatasetFileTarget.articles.run(FuzzInput.bytes(data, size))
  return 0
}
