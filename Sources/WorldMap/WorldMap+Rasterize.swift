extension WorldMap {
  /// Samples the map into `width × height` dots of an equirectangular view.
  ///
  /// Each dot takes `samplesPerAxis × samplesPerAxis` evenly spaced samples of the grid and
  /// keeps the most frequent code (majority sampling; 1 sample per axis is centre sampling).
  /// Ties go to land over sea, then to the code sampled first (north-west first). Parts of
  /// the view outside the grid are sea; on a global grid longitudes wrap around.
  ///
  /// When `drawsMarkers` is set, every ``Marker/Kind/state`` marker in the view then claims
  /// its dot, so small states show as one dot even where a neighbour covers it. A marker
  /// whose dot another marker already took moves to the nearest free dot within two dots,
  /// searched in a fixed order; organisation markers (the EU) are never drawn.
  ///
  /// - Parameters:
  ///   - width: Dots across (a braille character is 2 dots wide).
  ///   - height: Dots down (a braille character is 4 dots tall).
  ///   - view: The part of the world to show; the whole grid by default.
  ///   - samplesPerAxis: Samples per dot along each axis, from 1 to 8.
  ///   - drawsMarkers: Whether small-state markers claim their dots.
  public func rasterize(
    width: Int, height: Int, view: GridBounds? = nil, samplesPerAxis: Int = 3,
    drawsMarkers: Bool = true
  ) -> MapRaster {
    let projection = MapProjection(view: view ?? bounds, width: width, height: height)
    let width = projection.width
    let height = projection.height
    let samples = min(max(samplesPerAxis, 1), 8)
    var indices = [UInt16](repeating: 0, count: width * height)
    let view = projection.view
    guard width > 0, height > 0, view.longitudeSpan > 0, view.latitudeSpan > 0,
      view.longitudeSpan.isFinite, view.latitudeSpan.isFinite
    else {
      return MapRaster(projection: projection, indices: indices, codeTable: codeTable)
    }
    let columnSamples = sampleColumns(projection: projection, samples: samples)
    let rowSamples = sampleRows(projection: projection, samples: samples)
    let perDot = samples * samples
    let lineLength = width * samples
    let boundaries = sampleBoundaries(columnSamples: columnSamples)
    rowRunStarts.withUnsafeBufferPointer { rowRunStarts in
      runEnds.withUnsafeBufferPointer { runEnds in
        runCodes.withUnsafeBufferPointer { runCodes in
          columnSamples.withUnsafeBufferPointer { columnSamples in
            indices.withUnsafeMutableBufferPointer { output in
              withUnsafeTemporaryAllocation(of: UInt16.self, capacity: lineLength * samples) {
                lines in
                withUnsafeTemporaryAllocation(of: UInt16.self, capacity: perDot) { values in
                  for y in 0..<height {
                    for rowSample in 0..<samples {
                      Self.fillLine(
                        UnsafeMutableBufferPointer(
                          rebasing: lines[(lineLength * rowSample)..<(lineLength * (rowSample + 1))]
                        ),
                        row: rowSamples[y * samples + rowSample], columnSamples: columnSamples,
                        boundaries: boundaries, rowRunStarts: rowRunStarts, runEnds: runEnds,
                        runCodes: runCodes)
                    }
                    // A literal sample count lets the compiler unroll the common cases.
                    let outputRow = y &* width
                    switch samples {
                    case 1:
                      Self.reduceDots(
                        lines: lines, values: values, output: output, outputRow: outputRow,
                        width: width, samples: 1, lineLength: lineLength)
                    case 2:
                      Self.reduceDots(
                        lines: lines, values: values, output: output, outputRow: outputRow,
                        width: width, samples: 2, lineLength: lineLength)
                    case 3:
                      Self.reduceDots(
                        lines: lines, values: values, output: output, outputRow: outputRow,
                        width: width, samples: 3, lineLength: lineLength)
                    default:
                      Self.reduceDots(
                        lines: lines, values: values, output: output, outputRow: outputRow,
                        width: width, samples: samples, lineLength: lineLength)
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    if drawsMarkers {
      placeMarkers(into: &indices, projection: projection)
    }
    return MapRaster(projection: projection, indices: indices, codeTable: codeTable)
  }

  /// The grid column of every sample across the view, `samples` per dot; -1 off the grid.
  private func sampleColumns(projection: MapProjection, samples: Int) -> [Int] {
    let view = projection.view
    var result = [Int](repeating: -1, count: projection.width * samples)
    for x in 0..<projection.width {
      for sample in 0..<samples {
        let offset =
          (Double(x) + (Double(sample) + 0.5) / Double(samples)) * view.longitudeSpan
          / Double(projection.width)
        var longitude = view.west + offset
        if isGlobal, longitude < bounds.west || longitude >= bounds.west + 360 {
          longitude -= 360 * ((longitude - bounds.west) / 360).rounded(.down)
        }
        let position = ((longitude - bounds.west) / cellWidth).rounded(.down)
        if position >= 0, position < Double(columns) {
          result[x * samples + sample] = Int(position)
        }
      }
    }
    return result
  }

  /// For samples that all lie on the grid in west-to-east order, entry `c` (for `c` in
  /// `0...columns`) counts the samples left of column `c`; nil otherwise (a view that wraps
  /// around or leaves the grid), when rows are sampled one sample at a time.
  private func sampleBoundaries(columnSamples: [Int]) -> [Int]? {
    var previous = 0
    for column in columnSamples {
      guard column >= previous else { return nil }
      previous = column
    }
    var boundaries = [Int](repeating: columnSamples.count, count: columns + 1)
    var sample = 0
    for column in 0...columns {
      while sample < columnSamples.count, columnSamples[sample] < column {
        sample += 1
      }
      boundaries[column] = sample
    }
    return boundaries
  }

  /// The grid row of every sample down the view; -1 off the grid.
  private func sampleRows(projection: MapProjection, samples: Int) -> [Int] {
    let view = projection.view
    var result = [Int](repeating: -1, count: projection.height * samples)
    for y in 0..<projection.height {
      for sample in 0..<samples {
        let offset =
          (Double(y) + (Double(sample) + 0.5) / Double(samples)) * view.latitudeSpan
          / Double(projection.height)
        let latitude = view.north - offset
        let position = ((bounds.north - latitude) / cellHeight).rounded(.down)
        if latitude >= bounds.south, latitude <= bounds.north, position >= 0,
          position < Double(rows)
        {
          result[y * samples + sample] = Int(position)
        }
      }
    }
    return result
  }

  /// Samples one grid row (or sea for row -1) at every column sample into `line`.
  ///
  /// With `boundaries` (samples on the grid, west to east) each run fills its share of the
  /// line at once; otherwise every sample walks the row's runs, restarting when a view that
  /// wraps around jumps back west.
  @inline(__always)
  private static func fillLine(
    _ line: UnsafeMutableBufferPointer<UInt16>, row: Int,
    columnSamples: UnsafeBufferPointer<Int>, boundaries: [Int]?,
    rowRunStarts: UnsafeBufferPointer<Int32>, runEnds: UnsafeBufferPointer<Int32>,
    runCodes: UnsafeBufferPointer<UInt16>
  ) {
    guard row >= 0 else {
      line.update(repeating: 0)
      return
    }
    let first = Int(rowRunStarts[row])
    let last = Int(rowRunStarts[row + 1])
    if let boundaries {
      var filled = 0
      for run in first..<last {
        let through = boundaries[Int(runEnds[run])]
        if through > filled {
          UnsafeMutableBufferPointer(rebasing: line[filled..<through])
            .update(repeating: runCodes[run])
          filled = through
        }
      }
      return
    }
    var run = first
    for position in 0..<line.count {
      let column = columnSamples[position]
      guard column >= 0 else {
        line[position] = 0
        continue
      }
      if run > first, column < Int(runEnds[run - 1]) {
        run = first
      }
      while Int(runEnds[run]) <= column {
        run += 1
      }
      line[position] = runCodes[run]
    }
  }

  /// Reduces one row of dots: each dot's `samples × samples` block of the sampled lines
  /// becomes one value, its majority.
  @inline(__always)
  private static func reduceDots(
    lines: UnsafeMutableBufferPointer<UInt16>, values: UnsafeMutableBufferPointer<UInt16>,
    output: UnsafeMutableBufferPointer<UInt16>, outputRow: Int, width: Int, samples: Int,
    lineLength: Int
  ) {
    for x in 0..<width {
      let start = x &* samples
      let firstValue = lines[start]
      var differences: UInt16 = 0
      var base = start
      for _ in 0..<samples {
        for offset in 0..<samples {
          differences |= lines[base &+ offset] ^ firstValue
        }
        base &+= lineLength
      }
      if differences == 0 {
        output[outputRow &+ x] = firstValue
        continue
      }
      var count = 0
      base = start
      for _ in 0..<samples {
        for offset in 0..<samples {
          values[count] = lines[base &+ offset]
          count &+= 1
        }
        base &+= lineLength
      }
      output[outputRow &+ x] = majority(of: values, count: count)
    }
  }

  /// The most frequent value; ties go to land over sea (0), then to the first seen.
  ///
  /// Counts distinct values in order of first appearance, so a dot with two or three
  /// codes costs a few comparisons per sample.
  private static func majority(of values: UnsafeMutableBufferPointer<UInt16>, count: Int) -> UInt16
  {
    withUnsafeTemporaryAllocation(of: UInt16.self, capacity: count) { distinct in
      withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { tallies in
        var distinctCount = 0
        for position in 0..<count {
          let value = values[position]
          var slot = 0
          while slot < distinctCount, distinct[slot] != value {
            slot += 1
          }
          if slot == distinctCount {
            distinct[slot] = value
            tallies[slot] = 0
            distinctCount += 1
          }
          tallies[slot] += 1
        }
        var best = distinct[0]
        var bestCount = tallies[0]
        for slot in 1..<distinctCount {
          let value = distinct[slot]
          let tally = tallies[slot]
          if tally > bestCount || (tally == bestCount && best == 0 && value != 0) {
            best = value
            bestCount = tally
          }
        }
        return best
      }
    }
  }

  /// Offsets tried when a marker's dot is taken: itself, then rings of radius 1 and 2.
  private static let markerOffsets: [(x: Int, y: Int)] = [
    (0, 0), (1, 0), (-1, 0), (0, -1), (0, 1), (1, -1), (-1, -1), (1, 1), (-1, 1),
    (2, 0), (-2, 0), (0, -2), (0, 2), (2, -1), (-2, -1), (2, 1), (-2, 1),
    (1, -2), (-1, -2), (1, 2), (-1, 2), (2, -2), (-2, -2), (2, 2), (-2, 2),
  ]

  /// Lets every state marker in the view claim a dot not already taken by another marker.
  private func placeMarkers(into indices: inout [UInt16], projection: MapProjection) {
    var taken: [Int] = []
    for marker in markers where marker.kind == .state {
      guard let index = indexByCode[marker.iso2],
        let dot = projection.dot(longitude: marker.longitude, latitude: marker.latitude)
      else { continue }
      for offset in Self.markerOffsets {
        let x = dot.x + offset.x
        let y = dot.y + offset.y
        guard x >= 0, y >= 0, x < projection.width, y < projection.height else { continue }
        let position = y * projection.width + x
        if !taken.contains(position) {
          taken.append(position)
          indices[position] = index
          break
        }
      }
    }
  }
}
