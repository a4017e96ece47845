/// Where btap finds its shipped data and keeps the user's: resolved once, at start-up.
///
/// Shipped data (read-only): `--resources DIR`, else `BTAP_RESOURCES`, else the
/// `Resources` folder installed beside the executable, else the source tree's.
/// User data: `--data-dir DIR`, else `BTAP_DATA_DIR`, else `$XDG_DATA_HOME/btap`, else
/// `~/.local/share/btap`. UI state: `$XDG_STATE_HOME/btap`, else `~/.local/state/btap`.
public struct DataLocations: Hashable, Sendable {
  /// The shipped, read-only data.
  public var resources: String
  /// The user's marks and read state.
  public var userData: String
  /// The user interface's remembered state (focus, sort, filter).
  public var state: String

  /// Creates locations from explicit paths.
  public init(resources: String, userData: String, state: String) {
    self.resources = resources
    self.userData = userData
    self.state = state
  }

  /// Resolves the locations from flags, then the environment, then the defaults.
  public static func resolve(
    dataDirectory: String? = nil, resourcesDirectory: String? = nil,
    environment: (String) -> String? = FileSystem.environment
  ) throws(DataError) -> DataLocations {
    let home = environment("HOME") ?? "/tmp"
    let userData =
      dataDirectory ?? environment("BTAP_DATA_DIR")
      ?? FileSystem.join(
        environment("XDG_DATA_HOME") ?? FileSystem.join(home, ".local/share"), "btap")
    let state = FileSystem.join(
      environment("XDG_STATE_HOME") ?? FileSystem.join(home, ".local/state"), "btap")
    let resources = try locateResources(
      explicit: resourcesDirectory ?? environment("BTAP_RESOURCES"))
    return DataLocations(resources: resources, userData: userData, state: state)
  }

  /// Finds the shipped data directory, or explains where it looked.
  static func locateResources(explicit: String?) throws(DataError) -> String {
    if let explicit {
      guard FileSystem.exists(FileSystem.join(explicit, TreatyDataset.FileName.parties)) else {
        throw DataError(
          file: FileSystem.join(explicit, TreatyDataset.FileName.parties), line: nil,
          problem: .unreadable(reason: "no shipped data there"))
      }
      return explicit
    }
    var candidates: [String] = []
    if let executable = FileSystem.executablePath() {
      let directory = FileSystem.directoryName(of: executable)
      candidates.append(FileSystem.join(directory, "btap_btap.resources/Resources"))
      // An installed copy: PREFIX/bin/btap reads PREFIX/share/btap (Scripts/install.sh).
      candidates.append(FileSystem.join(FileSystem.directoryName(of: directory), "share/btap"))
    }
    // Sources/TreatyModel/Storage/DataLocations.swift → the package's Resources folder.
    var root = #filePath
    for _ in 0..<4 { root = FileSystem.directoryName(of: root) }
    candidates.append(FileSystem.join(root, "Resources"))
    for candidate in candidates
    where FileSystem.exists(FileSystem.join(candidate, TreatyDataset.FileName.parties)) {
      return candidate
    }
    throw DataError(
      file: "Resources", line: nil,
      problem: .unreadable(
        reason: "shipped data not found in " + candidates.joined(separator: ", ")
          + "; set BTAP_RESOURCES or pass --resources"))
  }
}
