/// Reading one of the user's files strictly: a missing file is the empty value, an unreadable
/// one a file error, a malformed one a data error naming the file and line.
enum UserDataFile {
  /// Reads `fileName` in `directory` and parses it, or returns `missing` when it is not there.
  static func load<Value>(
    _ fileName: String, in directory: String, missing: Value,
    parse: ([UInt8], String) throws(DataError) -> Value
  ) throws(StoreError) -> Value {
    let path = FileSystem.join(directory, fileName)
    let bytes: [UInt8]
    do {
      guard let present = try FileSystem.readIfPresent(path) else { return missing }
      bytes = present
    } catch {
      throw .file(error)
    }
    do {
      return try parse(bytes, path)
    } catch {
      throw .data(error)
    }
  }
}
