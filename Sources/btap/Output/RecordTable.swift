import TerminalUI

/// Rows of text under named columns: what every list command builds and every writer writes.
///
/// Values are cleaned of control characters as they are added, so no writer can send data
/// text raw to a terminal.
struct RecordTable: Sendable {
  /// One column: its machine key (CSV, TSV and JSON) and its label for people.
  struct Column: Sendable {
    /// The key, such as `deposit_date`.
    let key: String
    /// The label, such as `Deposited`.
    let label: String
  }

  /// The columns, in order.
  let columns: [Column]
  /// The rows, each with one value per column.
  private(set) var rows: [[String]] = []
  /// The column whose cells may link somewhere (for people's tables), if any.
  var linkColumn: Int?
  /// Each row's link for ``linkColumn``, or nil.
  private(set) var links: [String?] = []

  /// An empty table with these columns.
  init(columns: [Column]) {
    self.columns = columns
  }

  /// Appends a row; missing values are empty, extra ones are dropped.
  ///
  /// `link` is the web address of the row's ``linkColumn`` cell.
  mutating func append(_ values: [String], link: String? = nil) {
    var row = values.prefix(columns.count).map(TextSanitizer.clean)
    while row.count < columns.count { row.append("") }
    rows.append(row)
    links.append(link)
  }
}
