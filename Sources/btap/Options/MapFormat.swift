import ArgumentParser

/// How `btap map` writes the world map.
enum MapFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
  /// A standalone SVG picture.
  case svg
}
