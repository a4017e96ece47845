import ArgumentParser

/// How a list is written.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
  /// Aligned columns for people (linear text with `--plain`).
  case table
  /// Comma-separated values, RFC 4180 quoting, one header row.
  case csv
  /// Tab-separated values, one header row; tabs and line ends in values become spaces.
  case tsv
  /// A JSON array of objects whose keys are the column names.
  case json
}
