/// The process exit statuses, after `sysexits.h`: the one place they are defined.
///
/// | status | when |
/// |---|---|
/// | 0 | success |
/// | 64 (`EX_USAGE`) | malformed command line: unknown option, missing argument, a value of the wrong shape |
/// | 65 (`EX_DATAERR`) | the data says no: unknown party or article, impossible or future date, rejected mark, malformed data file or feed |
/// | 70 (`EX_SOFTWARE`) | an internal error (a bug) |
/// | 74 (`EX_IOERR`) | a file or directory cannot be read or written |
enum ExitStatus: Int32, Sendable {
  /// Everything went well.
  case success = 0
  /// The command line is malformed.
  case usage = 64
  /// The input data is wrong or the change is refused.
  case data = 65
  /// An internal error.
  case software = 70
  /// A file could not be read or written.
  case inputOutput = 74
}
