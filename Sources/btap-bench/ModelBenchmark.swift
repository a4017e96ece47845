import Dashboard
import TerminalUI
import TreatyModel
import WorldMap

#if canImport(Glibc)
  import Glibc
#endif

/// Measures the model's hot paths in a release build and prints them beside their budgets.
///
/// Usage: `swift run -c release btap-bench [--runs N]`. It loads the shipped data, loads a
/// synthetic dataset of 10 000 parties, saves one mark with `fsync`, renders the dashboard
/// and handles a navigation key in process, each many times, and prints the minimum, median
/// and 95th percentile in milliseconds.
@main
struct ModelBenchmark {
  static func main() throws {
    var runs = 200
    let arguments = CommandLine.arguments
    if let index = arguments.firstIndex(of: "--runs"), index + 1 < arguments.count,
      let value = Int(arguments[index + 1]), value > 0
    {
      runs = value
    }
    let locations = try DataLocations.resolve()
    if let index = arguments.firstIndex(of: "--write-synthetic"), index + 1 < arguments.count {
      // The shipped data plus 10 000 parties and 10 000 news items, for the scale benchmark
      // of the whole dashboard (Scripts/bench-dashboard.sh).
      try writeSyntheticResources(
        from: locations.resources, to: arguments[index + 1], parties: 10_000, news: 10_000)
      return
    }
    let scratch = makeScratchDirectory()
    defer { removeTree(scratch) }

    print("btap model benchmark: \(runs) runs each, release build, times in ms")
    print(pad("measurement", 36) + pad("min", 9) + pad("median", 9) + pad("p95", 9) + "budget")

    let shipped = measure(runs) { _ = try TreatyDataset.load(from: locations.resources) }
    report("load shipped data (99 + 193 rows)", shipped, budget: 5)

    let synthetic = scratch + "/synthetic"
    try writeSyntheticResources(from: locations.resources, to: synthetic, parties: 10_000)
    let large = measure(max(10, runs / 10)) { _ = try TreatyDataset.load(from: synthetic) }
    report("load shipped + 10 000 synthetic", large, budget: 50)

    let dataset = try TreatyDataset.load(from: locations.resources)
    let userData = scratch + "/user"
    var workspace = try Workspace.open(
      locations: DataLocations(resources: locations.resources, userData: userData, state: userData),
      dataset: dataset)
    let clock = Clock.system
    var flip = false
    let save = measure(runs) {
      // Alternate a mark and its undo so every run appends one fsynced journal line.
      if flip {
        try workspace.undo(clock: clock)
      } else {
        try workspace.mark(code: "CA", action: .accession(clock.today), clock: clock)
      }
      flip.toggle()
    }
    report("save one mark (append + fsync)", save, budget: 3)

    // The dashboard in process: a full frame, and one navigation key (reduce + render + diff).
    let model = DashboardModel(workspace: workspace)
    var state = AppState(model: model, today: clock.today, size: Size(width: 120, height: 40))
    let frame = measure(runs) { _ = DashboardView().render(state) }
    report("render the dashboard, 120×40", frame, budget: 1)
    let view = DashboardView()
    var previous = view.render(state)
    var changed = 0
    var direction = 1
    let key = measure(runs) {
      let list = state.parties.list
      if list.selectedIndex == list.itemCount - 1 { direction = -1 }
      if list.selectedIndex == 1 { direction = 1 }
      _ = reduce(&state, .moveSelection(direction))
      let next = view.render(state)
      changed += next.updates(since: previous).count
      previous = next
    }
    report("navigation key: reduce + render + diff", key, budget: 1)
    print("cells changed per navigation key: \(changed / runs)")

    // The world map: loading its data (done lazily, on first use) and drawing it zoomed.
    let mapPath = locations.resources + "/" + worldMapFileName
    let mapLoad = measure(runs) { _ = try WorldMap.load(from: mapPath) }
    report("load the world map data", mapLoad, budget: 5)
    _ = reduce(&state, .toggleMap)
    _ = reduce(&state, .mapLoaded(try WorldMap.load(from: mapPath)))
    _ = reduce(&state, .toggleZoom)
    let mapFrame = measure(runs) { _ = view.render(state) }
    report("render the map view, 120×40", mapFrame, budget: 2)

    // The campaigner's views: the sister treaties (loaded on first use), the targets list and
    // the chart of the road so far, each drawn whole (no kept drawing reused).
    let participants = workspace.dataset.participants
    let relatedLoad = measure(runs) {
      _ = try RelatedTreaties.load(from: locations.resources, participants: participants)
    }
    report("load the sister treaties", relatedLoad, budget: 2)
    let related = try RelatedTreaties.load(from: locations.resources, participants: participants)
    let targetsBuild = measure(runs) {
      _ = CampaignTargets(snapshot: state.snapshot, related: related)
    }
    report("group the targets of a date", targetsBuild, budget: 2)
    _ = reduce(&state, .toggleZoom)
    _ = reduce(&state, .toggleMap)
    _ = reduce(&state, .toggleTargets)
    _ = reduce(&state, .relatedTreatiesLoaded(related))
    _ = reduce(&state, .cycleTargetGroup(1))
    let targetsFrame = measure(runs) { _ = DashboardView().render(state) }
    report("render the targets view, 120×40", targetsFrame, budget: 2)
    _ = reduce(&state, .toggleChart)
    let chartFrame = measure(runs) { _ = DashboardView().render(state) }
    report("render the chart in the Overview, 120×40", chartFrame, budget: 2)
  }

  /// Runs `body` `count` times and returns the sorted durations in milliseconds.
  static func measure(_ count: Int, _ body: () throws -> Void) -> [Double] {
    var samples: [Double] = []
    samples.reserveCapacity(count)
    for _ in 0..<count {
      let start = now()
      do {
        try body()
      } catch {
        print("btap-bench: error: \(error)")
        exit(1)
      }
      samples.append((now() - start) * 1000)
    }
    return samples.sorted()
  }

  static func report(_ name: String, _ samples: [Double], budget: Double) {
    let median = samples[samples.count / 2]
    let p95 = samples[min(samples.count - 1, samples.count * 95 / 100)]
    let verdict = median <= budget ? "ok" : "OVER"
    print(
      pad(name, 36) + pad(format(samples[0]), 9) + pad(format(median), 9) + pad(format(p95), 9)
        + "≤ \(format(budget)) \(verdict)")
  }

  /// Copies the shipped files (the formal names, the sister treaties and the world map too, so
  /// that every command and the dashboard run on the copy) and adds `parties` synthetic rows to
  /// the parties table and `news` to the news.
  static func writeSyntheticResources(
    from source: String, to directory: String, parties: Int, news: Int = 0
  ) throws {
    try FileSystem.createDirectory(directory)
    for name in [
      TreatyDataset.FileName.treaty, TreatyDataset.FileName.overview,
      TreatyDataset.FileName.facts, TreatyDataset.FileName.timeline,
      TreatyDataset.FileName.articles, TreatyDataset.FileName.states,
      TreatyDataset.FileName.declarations, TreatyDataset.FileName.news,
      FormalNames.fileName, RelatedTreaties.fileName, worldMapFileName,
    ] {
      try FileSystem.writeAtomically(
        try FileSystem.read(source + "/" + name), to: directory + "/" + name)
    }
    let shipped = String(decoding: try FileSystem.read(source + "/parties.tsv"), as: UTF8.self)
    var text = shipped
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    for index in 0..<parties {
      let code =
        "Q" + String(alphabet[index / 1296 % 36]) + String(alphabet[index / 36 % 36])
        + String(alphabet[index % 36])
      let region = ["Africa", "Asia-Pacific", "Europe", "Middle East"][index % 4]
      let day = 10 + index % 18
      if index % 3 == 0 {
        text +=
          "Synthetic State \(index)\t\(code)\t\(region)\t2012-06-26\tratification\t"
          + "2015-03-\(day)\t2020-04-28\t\thttps://example.org/\(index)\n"
      } else if index % 3 == 1 {
        text +=
          "Synthetic State \(index)\t\(code)\t\(region)\t\taccession\t2019-05-\(day)\t"
          + "2020-04-28\t\thttps://example.org/\(index)\n"
      } else {
        text += "Synthetic State \(index)\t\(code)\t\(region)\t2013-01-\(day)\t\t\t\t\t\n"
      }
    }
    try FileSystem.writeAtomically(Array(text.utf8), to: directory + "/parties.tsv")
    guard news > 0 else { return }
    var newsText = String(
      decoding: try FileSystem.read(source + "/" + TreatyDataset.FileName.news), as: UTF8.self)
    for index in 0..<news {
      let month = 1 + index % 12
      let day = 1 + index % 28
      newsText +=
        "synthetic-\(index)\t2015-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        + "\tday\tSynthetic news item \(index)\tA synthetic item for the scale benchmark.\t"
        + "https://example.org/news/\(index)\tbench\n"
    }
    try FileSystem.writeAtomically(
      Array(newsText.utf8), to: directory + "/" + TreatyDataset.FileName.news)
  }

  /// The world map's file among the shipped resources, read by the map view and `btap map`.
  static let worldMapFileName = "world-map.txt"

  static func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }

  static func format(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }

  static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(1, width - text.count))
  }

  static func makeScratchDirectory() -> String {
    var template = Array("/tmp/btap-bench-XXXXXX".utf8CString)
    guard let created = mkdtemp(&template) else { return "/tmp/btap-bench-\(getpid())" }
    return String(cString: created)
  }

  static func removeTree(_ path: String) {
    guard path.hasPrefix("/tmp/btap-bench-"), !path.contains("'") else { return }
    _ = system("rm -rf '\(path)'")
  }
}
