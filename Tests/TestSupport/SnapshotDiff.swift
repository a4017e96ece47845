/// A readable line diff for snapshot failures.
public enum SnapshotDiff {
  /// The lines of `expected` and `actual` merged into one listing: unchanged lines start with
  /// two spaces, removed lines with `- ` and added lines with `+ `.
  ///
  /// Uses a longest-common-subsequence table, which is fine for screens of a few hundred lines.
  public static func lines(expected: [String], actual: [String]) -> String {
    let rows = expected.count
    let columns = actual.count
    var table = Array(repeating: Array(repeating: 0, count: columns + 1), count: rows + 1)
    for row in stride(from: rows - 1, through: 0, by: -1) {
      for column in stride(from: columns - 1, through: 0, by: -1) {
        table[row][column] =
          expected[row] == actual[column]
          ? table[row + 1][column + 1] + 1
          : max(table[row + 1][column], table[row][column + 1])
      }
    }
    var output: [String] = []
    var row = 0
    var column = 0
    while row < rows || column < columns {
      if row < rows, column < columns, expected[row] == actual[column] {
        output.append("  " + expected[row])
        row += 1
        column += 1
      } else if column < columns, row == rows || table[row][column + 1] >= table[row + 1][column] {
        output.append("+ " + actual[column])
        column += 1
      } else {
        output.append("- " + expected[row])
        row += 1
      }
    }
    return output.joined(separator: "\n")
  }
}
