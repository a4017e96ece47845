/// A world map sampled into dots: one code-table index per dot, row by row from the north.
///
/// Index 0 is sea or unassigned land; any other index `i` is the country
/// `codeTable[i]`. Keeping indices rather than strings lets a renderer colour a whole map
/// with one small lookup table built per frame.
public struct MapRaster: Equatable, Sendable {
  /// How dots relate to longitude and latitude.
  public let projection: MapProjection
  /// One index per dot, `width * height` of them, row-major from the north-western corner.
  public let indices: [UInt16]
  /// The map's code table: `codeTable[0]` is nil (sea), every other entry an ISO2 code.
  public let codeTable: [String?]

  /// Creates a raster; `indices` must hold `projection.width * projection.height` entries.
  public init(projection: MapProjection, indices: [UInt16], codeTable: [String?]) {
    self.projection = projection
    self.indices = indices
    self.codeTable = codeTable
  }

  /// The number of dots across.
  public var width: Int { projection.width }

  /// The number of dots down.
  public var height: Int { projection.height }

  /// The code-table index at a dot; 0 (sea) outside the raster.
  public func index(x: Int, y: Int) -> UInt16 {
    guard x >= 0, y >= 0, x < width, y < height else { return 0 }
    return indices[y * width + x]
  }

  /// The ISO2 code at a dot, or nil for sea, unassigned land or a dot outside the raster.
  public func code(x: Int, y: Int) -> String? {
    let index = Int(index(x: x, y: y))
    return index < codeTable.count ? codeTable[index] : nil
  }

  /// The distinct codes present, in code-table order.
  public var presentCodes: [String] {
    var seen = [Bool](repeating: false, count: codeTable.count)
    for index in indices where Int(index) < seen.count {
      seen[Int(index)] = true
    }
    var codes: [String] = []
    for (index, code) in codeTable.enumerated() where seen[index] {
      if let code {
        codes.append(code)
      }
    }
    return codes
  }
}
