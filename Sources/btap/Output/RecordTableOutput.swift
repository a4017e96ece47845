/// Chooses the writer for a format and a style.
enum RecordTableOutput {
  /// The table in the requested format; `table` becomes linear text with `--plain`.
  static func render(
    _ table: RecordTable, format: OutputFormat, style: OutputStyle,
    colorize: TableWriter.Colorizer? = nil
  ) -> String {
    switch format {
    case .csv: return CSVWriter.write(table)
    case .tsv: return TSVWriter.write(table)
    case .json: return JSONWriter.write(table)
    case .table:
      if style.plain { return PlainWriter.write(table) }
      return TableWriter.write(
        table, colorize: style.color ? colorize : nil, hyperlinks: style.hyperlinks)
    }
  }
}
