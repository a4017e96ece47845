// swift-tools-version: 6.1
import PackageDescription

/// btap's fuzz targets: one libFuzzer executable per reader of a file btap loads.
///
/// Built only by `Scripts/fuzz.sh` (release, `--sanitize=fuzzer --sanitize=address`, scratch
/// path `.build-fuzz`), never by the root package, so `swift test` does not get slower. The
/// readers' sources are the root package's own, reached through the symbolic links in
/// `Sources/`, compiled here with coverage instrumentation and with testing enabled so the
/// targets can call each file kind's parser directly. See `docs/reliability.md`.
let fuzzTargets = [
  "tsv-table", "treaty", "parties", "states", "overview", "facts", "timeline", "articles",
  "declarations", "news", "marks-journal", "news-read", "imported-news", "feed", "world-map",
  "depositary-table", "feeds-list",
]

let testable: [SwiftSetting] = [.unsafeFlags(["-enable-testing"])]

let package = Package(
  name: "btap-fuzz",
  targets: [
    .target(name: "TreatyModel", swiftSettings: testable),
    .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    .target(
      name: "NewsFeed", dependencies: ["TreatyModel", "CLibXML2"], swiftSettings: testable),
    .target(name: "WorldMap", swiftSettings: testable),
    .target(name: "FuzzSupport", dependencies: ["TreatyModel", "NewsFeed", "WorldMap"]),
  ]
    + fuzzTargets.map { name in
      // libFuzzer supplies `main`; each target only defines `LLVMFuzzerTestOneInput`.
      .executableTarget(
        name: "fuzz-\(name)", dependencies: ["FuzzSupport"], path: "Targets/\(name)",
        swiftSettings: [.unsafeFlags(["-parse-as-library"])])
    },
  swiftLanguageModes: [.v6]
)
