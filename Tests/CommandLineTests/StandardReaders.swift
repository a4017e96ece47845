import Foundation

/// Reads CSV and JSON with standard readers: Python's `csv` module when `python3` is there
/// (else a strict RFC 4180 reader written here), and Foundation's `JSONSerialization`.
enum StandardReaders {
  /// The CSV text's records.
  static func csv(_ text: String) throws -> [[String]] {
    if let python = pythonPath() {
      let script =
        "import csv, io, json, sys; "
        + "print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.read(), newline='')))))"
      let output = try pipe(text, through: python, ["-c", script])
      guard let rows = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String]]
      else { throw ReaderError.unexpectedShape }
      return rows
    }
    return try rfc4180(text)
  }

  /// The JSON text as Foundation objects.
  static func json(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8))
  }

  /// A strict RFC 4180 reader (quoted fields, doubled quotes, LF or CRLF line ends).
  static func rfc4180(_ text: String) throws -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var inQuotes = false
    var characters = Array(text)[...]
    while let character = characters.popFirst() {
      if inQuotes {
        if character == "\"" {
          if characters.first == "\"" {
            field.append("\"")
            characters.removeFirst()
          } else {
            inQuotes = false
          }
        } else {
          field.append(character)
        }
        continue
      }
      switch character {
      case "\"":
        guard field.isEmpty else { throw ReaderError.strayQuote }
        inQuotes = true
      case ",":
        row.append(field)
        field = ""
      case "\n", "\r\n":
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      default: field.append(character)
      }
    }
    if inQuotes { throw ReaderError.unterminatedQuote }
    if !field.isEmpty || !row.isEmpty {
      row.append(field)
      rows.append(row)
    }
    return rows
  }

  /// Problems the readers report.
  enum ReaderError: Error {
    case strayQuote
    case unterminatedQuote
    case unexpectedShape
    case failed(String)
  }

  private static func pythonPath() -> String? {
    ["/usr/bin/python3", "/usr/local/bin/python3"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  private static func pipe(_ input: String, through executable: String, _ arguments: [String])
    throws -> String
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let inputPipe = Pipe()
    let outputFile = FileManager.default.temporaryDirectory
      .appendingPathComponent("reader-\(UUID().uuidString)")
    FileManager.default.createFile(atPath: outputFile.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: outputFile) }
    process.standardInput = inputPipe
    process.standardOutput = try FileHandle(forWritingTo: outputFile)
    try process.run()
    inputPipe.fileHandleForWriting.write(Data(input.utf8))
    try inputPipe.fileHandleForWriting.close()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw ReaderError.failed(executable) }
    return try String(contentsOf: outputFile, encoding: .utf8)
  }
}
