import ArgumentParser
import TreatyModel

extension PipelineStage: ExpressibleByArgument {
  /// The stages' keywords, for `--help` and error messages.
  public static var allValueStrings: [String] { allCases.map(\.keyword) }

  /// Reads a stage's keyword, ignoring case.
  public init?(argument: String) {
    self.init(keyword: argument)
  }

  /// The stages as `--help` lists them: keyword, title and meaning, one a line.
  static var helpList: String {
    let width = allCases.map(\.keyword.count).max() ?? 0
    return allCases.map { stage in
      "  \(stage.number). \(stage.keyword)"
        + String(repeating: " ", count: width - stage.keyword.count + 2)
        + "\(stage.title): \(stage.explanation)"
    }.joined(separator: "\n")
  }
}
