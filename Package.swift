// swift-tools-version: 6.1
import PackageDescription

/// btap: a terminal dashboard for the WIPO Beijing Treaty on Audiovisual Performances.
///
/// Layers, from the inside out: `TreatyModel` (facts, rules, user marks; no terminal),
/// `TerminalUI` (cells, buffers, widgets; no treaty, no curses), `Dashboard` (state,
/// reducer, panes), `CursesBackend` over the system `ncursesw` (the only code that
/// touches the C library), and the `btap` executable that wires them together.
let package = Package(
  name: "btap",
  products: [
    .executable(name: "btap", targets: ["btap"]),
    .library(name: "TreatyModel", targets: ["TreatyModel"]),
    .library(name: "TerminalUI", targets: ["TerminalUI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .target(name: "TreatyModel"),
    .target(name: "TerminalUI"),
    .systemLibrary(
      name: "CNcursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    .target(name: "CursesBackend", dependencies: ["CNcursesw", "TerminalUI"]),
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .target(name: "WorldMap"),
    .systemLibrary(
      name: "CCurl",
      pkgConfig: "libcurl",
      providers: [.apt(["libcurl4-openssl-dev"])]
    ),
    // The C library's heap controls (mallopt, sbrk, madvise), which Glibc's module omits.
    .systemLibrary(name: "CHeap"),
    .target(name: "Dashboard", dependencies: ["TreatyModel", "TerminalUI", "WorldMap"]),
    .executableTarget(
      name: "btap",
      // btap-feed is a dependency so that building btap (`swift run btap`) builds the helper
      // too; btap runs it as a separate process and links none of its code.
      dependencies: [
        "TreatyModel", "TerminalUI", "Dashboard", "CursesBackend", "WorldMap", "btap-feed",
        "CHeap", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // Release builds are one static, non-PIE executable: the Swift runtime, ncursesw and
      // terminfo linked in, so start-up has no dynamic loader, symbol lookups or relocations
      // (docs/performance.md, DECISIONS.md). lld links it; FoundationEssentials (which the
      // argument parser uses) needs its two C support libraries named when linked statically.
      linkerSettings: [
        .unsafeFlags(
          [
            "-static-executable", "-use-ld=lld", "-Xlinker", "--no-warnings",
            "-Xlinker", "-ltinfo", "-Xlinker", "-l_FoundationCShims",
            "-Xlinker", "-l_FoundationCollections",
          ],
          .when(configuration: .release))
      ]
    ),
    // The feed helper is one module (parsing in NewsFeed/, HTTP in Fetching/): an executable
    // target's own code is not linked into the executables that depend on it, while a
    // library it depended on would be, and would pull libxml2 into btap's static build.
    .executableTarget(
      name: "btap-feed", dependencies: ["CLibXML2", "CCurl", "TreatyModel"],
      // The helper carries the Swift runtime, so it runs wherever btap is installed; libxml2
      // and libcurl stay the system's shared libraries.
      linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
    ),
    .executableTarget(
      name: "btap-bench", dependencies: ["TreatyModel", "TerminalUI", "Dashboard", "WorldMap"]),
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "TreatyModelTests", dependencies: ["TreatyModel", "TestSupport"]),
    .testTarget(
      name: "TerminalUITests", dependencies: ["TerminalUI", "TestSupport"],
      exclude: ["__Snapshots__"]),
    .testTarget(name: "WorldMapTests", dependencies: ["WorldMap", "TestSupport"]),
    .testTarget(
      name: "DashboardTests",
      dependencies: ["Dashboard", "TreatyModel", "TerminalUI", "WorldMap", "TestSupport"],
      exclude: ["__Snapshots__"]
    ),
    .testTarget(
      name: "NewsFeedTests", dependencies: ["btap-feed", "TreatyModel"], exclude: ["Fixtures"]),
    .testTarget(
      name: "FeedFetchingTests", dependencies: ["btap-feed", "TreatyModel", "TestSupport"]),
    .testTarget(
      name: "CommandLineTests",
      dependencies: ["TestSupport", "TreatyModel", "Dashboard", "TerminalUI"]),
    .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
