import TreatyModel

/// Reads a region given on the command line: its name, case- and accent-insensitive, or a
/// prefix that only one region has.
enum RegionArgument {
  /// The region named by `text`, or a usage error listing the regions.
  static func parse(_ text: String) throws(CommandFailure) -> Region {
    let folded = TextFolding.fold(text).replacingAmpersands()
    if let exact = Region.allCases.first(where: {
      TextFolding.fold($0.rawValue).replacingAmpersands() == folded
    }) {
      return exact
    }
    let prefixed = Region.allCases.filter {
      !folded.isEmpty && TextFolding.fold($0.rawValue).replacingAmpersands().hasPrefix(folded)
    }
    if prefixed.count == 1 { return prefixed[0] }
    throw .usage(
      "unknown region '\(text)' (expected one of: "
        + Region.allCases.map(\.rawValue).joined(separator: ", ") + ")")
  }
}

extension String {
  /// The text with `&` written as `and`, so "Latin America and Caribbean" matches too.
  fileprivate func replacingAmpersands() -> String {
    split(separator: "&", omittingEmptySubsequences: false).joined(separator: "and")
  }
}
