import ArgumentParser
import TreatyModel

extension TargetGroup: ExpressibleByArgument {
  /// The groups' keys, for `--help` and error messages.
  public static var allValueStrings: [String] { allCases.map(\.key) }
}
