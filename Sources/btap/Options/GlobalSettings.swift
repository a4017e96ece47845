/// The global options' values, apart from the argument parser's property wrappers, so the
/// fast path of ``FastCommandLine`` can fill them too.
struct GlobalSettings: Hashable, Sendable {
  /// `--data-dir DIR`.
  var dataDirectory: String?
  /// `--plain`.
  var plain = false
  /// `--resources DIR` (hidden).
  var resources: String?
}
