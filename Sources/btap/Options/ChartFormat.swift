import ArgumentParser

/// How `btap chart` writes the road so far.
enum ChartFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
  /// A braille chart for the terminal (a year-by-year table with `--plain`).
  case chart
  /// The year-by-year counts as a table.
  case table
  /// The year-by-year counts as CSV.
  case csv
  /// The year-by-year counts as TSV.
  case tsv
  /// The year-by-year counts as JSON.
  case json
  /// A standalone SVG picture.
  case svg
}
