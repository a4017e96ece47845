/// btap's version: named by `btap --version` and in the `User-Agent` of every feed request.
public enum ProgramVersion {
  /// The version number.
  public static let number = "0.2.0"
}
