import Foundation
import Testing
import TreatyModel

/// Every malformed input gets `file:line: problem`, and the user's files stay byte for byte.
@Suite("Malformed input")
struct MalformedInputTests {
  /// A user data directory holding one saved mark and a read state, to prove nothing changes.
  private func userDataWithOneMark() throws -> DataLocations {
    let locations = try Fixtures.locations()
    var workspace = try Workspace.open(locations: locations)
    try workspace.mark(
      code: "FR", action: .ratification(Fixtures.date("2026-01-05")), clock: Fixtures.clock)
    try workspace.setRead("fia-2014-09-17-manual", read: true, clock: Fixtures.clock)
    return locations
  }

  /// Replaces one line (1-based) of a shipped file in a copy of the resources.
  private func resources(
    replacingLine number: Int, of file: String, with line: String
  ) throws -> String {
    let directory = try Fixtures.copyOfResources()
    let path = directory + "/" + file
    var lines = String(decoding: Fixtures.bytes(path), as: UTF8.self)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    lines[number - 1] = line
    try Fixtures.write(lines.joined(separator: "\n"), to: path)
    return directory
  }

  /// Opens the workspace over `resources` and returns the error's message; checks that the
  /// user's files did not change.
  private func failure(resources: String) throws -> String {
    let locations = try userDataWithOneMark()
    let before = Fixtures.snapshot(of: locations.userData)
    var moved = locations
    moved.resources = resources
    var message = "no error"
    do {
      _ = try Workspace.open(locations: moved)
    } catch {
      message = error.description
    }
    #expect(Fixtures.snapshot(of: locations.userData) == before)
    return message.replacingOccurrences(of: resources + "/", with: "")
  }

  private let algeria =
    "Algeria\tDZ\tAfrica\t\taccession\t2017-07-25\t2020-04-28\t\thttps://example.org"

  @Test("a bad date")
  func badDate() throws {
    let resources = try resources(
      replacingLine: 3, of: "parties.tsv",
      with: algeria.replacingOccurrences(of: "2017-07-25", with: "2017-02-30"))
    #expect(
      try failure(resources: resources)
        == "parties.tsv:3: bad date '2017-02-30' in deposit_date (expected a real date as YYYY-MM-DD)"
    )
  }

  @Test("an unknown instrument")
  func unknownInstrument() throws {
    let resources = try resources(
      replacingLine: 3, of: "parties.tsv",
      with: algeria.replacingOccurrences(of: "accession", with: "adhesion"))
    #expect(
      try failure(resources: resources)
        == "parties.tsv:3: unknown instrument 'adhesion' (expected one of: ratification, accession)"
    )
  }

  @Test("a duplicate ISO code")
  func duplicateCode() throws {
    let resources = try resources(
      replacingLine: 4, of: "parties.tsv",
      with: "Armenia\tDZ\tEurope\t\taccession\t2020-12-17\t2021-03-17\t\t")
    #expect(
      try failure(resources: resources) == "parties.tsv:4: duplicate iso2 'DZ' (first on line 3)")
  }

  @Test("a missing column")
  func missingColumn() throws {
    let resources = try resources(
      replacingLine: 3, of: "parties.tsv", with: "Algeria\tDZ\tAfrica\t\taccession\t2017-07-25")
    #expect(
      try failure(resources: resources)
        == "parties.tsv:3: missing column: expected 9 fields, found 6")
  }

  @Test("an extra column")
  func extraColumn() throws {
    let resources = try resources(
      replacingLine: 3, of: "parties.tsv", with: algeria + "\tsurplus")
    #expect(
      try failure(resources: resources)
        == "parties.tsv:3: extra column: expected 9 fields, found 10")
  }

  @Test("invalid UTF-8")
  func invalidUTF8() throws {
    let directory = try Fixtures.copyOfResources()
    let path = directory + "/articles.tsv"
    var bytes = Fixtures.bytes(path)
    let lineFive = bytes.indices.filter { bytes[$0] == 0x0A }[3] + 1
    bytes.insert(contentsOf: [0xC3, 0x28], at: lineFive + 2)
    try Fixtures.write(bytes: bytes, to: path)
    #expect(try failure(resources: directory) == "articles.tsv:5: the text is not valid UTF-8")
  }

  @Test("an empty file")
  func emptyFile() throws {
    let directory = try Fixtures.copyOfResources()
    try Fixtures.write("", to: directory + "/news.tsv")
    #expect(try failure(resources: directory) == "news.tsv: the file is empty")
  }

  @Test("a truncated last line in shipped data")
  func truncatedLastLine() throws {
    let directory = try Fixtures.copyOfResources()
    let path = directory + "/parties.tsv"
    let bytes = Fixtures.bytes(path)
    try Fixtures.write(bytes: Array(bytes.dropLast(20)), to: path)
    #expect(
      try failure(resources: directory)
        == "parties.tsv:101: the last line has no line end (the file was cut short)")
  }

  @Test("a mark for an unknown party")
  func markForUnknownParty() throws {
    let locations = try userDataWithOneMark()
    let path = locations.userData + "/" + MarkStore.fileName
    var text = String(decoding: Fixtures.bytes(path), as: UTF8.self)
    text += "2\t2026-11-25T10:00:00Z\tmark\t\tZZ\taccession\t2026-01-01\t\t\t\n"
    try Fixtures.write(text, to: path)
    let before = Fixtures.snapshot(of: locations.userData)
    #expect(throws: StoreError.self) { try Workspace.open(locations: locations) }
    do {
      _ = try Workspace.open(locations: locations)
    } catch {
      #expect(error.description == path + ":4: mark for unknown party 'ZZ'")
    }
    #expect(Fixtures.snapshot(of: locations.userData) == before)
  }

  @Test("a journal line that breaks undo order, and one with a bad date")
  func journalProblems() throws {
    let locations = try userDataWithOneMark()
    let path = locations.userData + "/" + MarkStore.fileName
    let original = String(decoding: Fixtures.bytes(path), as: UTF8.self)
    try Fixtures.write(original + "2\t2026-11-25T10:00:00Z\tundo\t7\t\t\t\t\t\t\n", to: path)
    do {
      _ = try Workspace.open(locations: locations)
      Issue.record("expected an error")
    } catch {
      #expect(
        error.description == path + ":4: mark 7 is not the latest mark that can be undone")
    }
    try Fixtures.write(
      original + "2\t2026-11-25T10:00:00Z\tmark\t\tDE\tratification\t2026-13-01\t\t\t\n",
      to: path)
    do {
      _ = try Workspace.open(locations: locations)
      Issue.record("expected an error")
    } catch {
      #expect(
        error.description
          == path + ":4: bad date '2026-13-01' in date (expected a real date as YYYY-MM-DD)")
    }
  }

  @Test("an unreadable resources folder names where it looked")
  func missingResources() throws {
    let empty = try Fixtures.temporaryDirectory()
    #expect(
      try failure(resources: empty)
        == "treaty.tsv: cannot read the file (No such file or directory)")
  }

  @Test(
    "a delay so long that the treaty's date arithmetic would overflow",
    arguments: ["9223372036854775807", "1201"])
  func delayTooLong(months: String) throws {
    let resources = try resources(
      replacingLine: 12, of: "treaty.tsv", with: "entry_into_force_delay_months\t\(months)")
    #expect(
      try failure(resources: resources)
        == "treaty.tsv:12: entry_into_force_delay_months '\(months)' is out of range (expected 1 to 1200)"
    )
  }

  @Test("rows that contradict the treaty: a ratification without signature")
  func inconsistentRow() throws {
    let resources = try resources(
      replacingLine: 3, of: "parties.tsv",
      with: algeria.replacingOccurrences(of: "accession", with: "ratification"))
    #expect(
      try failure(resources: resources)
        == "parties.tsv:3: a ratification needs a signature_date (only signatories ratify)")
  }

  @Test("a journal sequence past the bound is refused at load: no later save can overflow")
  func journalSequenceBound() throws {
    let locations = try userDataWithOneMark()
    let path = locations.userData + "/" + MarkStore.fileName
    let original = String(decoding: Fixtures.bytes(path), as: UTF8.self)
    for huge in ["9223372036854775807", "1000000000"] {
      try Fixtures.write(
        original + huge + "\t2026-11-25T10:00:00Z\tmark\t\tDE\tratification\t2026-01-01\t\t\t\n",
        to: path)
      let before = Fixtures.snapshot(of: locations.userData)
      do {
        _ = try Workspace.open(locations: locations)
        Issue.record("expected an error for sequence \(huge)")
      } catch {
        #expect(
          error.description
            == path + ":4: sequence '\(huge)' is out of range (expected 1 to 999999999)")
      }
      #expect(Fixtures.snapshot(of: locations.userData) == before)
    }
  }

  @Test("a journal at the last sequence number loads; a save is refused and changes nothing")
  func journalAtTheLastSequence() throws {
    let locations = try userDataWithOneMark()
    let path = locations.userData + "/" + MarkStore.fileName
    let original = String(decoding: Fixtures.bytes(path), as: UTF8.self)
    try Fixtures.write(
      original + "999999999\t2026-11-25T10:00:00Z\tmark\t\tDE\tratification\t2026-01-01\t\t\t\n",
      to: path)
    var workspace = try Workspace.open(locations: locations)
    #expect(workspace.store.journal.activeMarks.map(\.partyCode) == ["FR", "DE"])
    let before = Fixtures.snapshot(of: locations.userData)
    #expect(throws: StoreError.rejected(.journalFull(last: 999_999_999))) {
      try workspace.undo(clock: Fixtures.clock)
    }
    #expect(
      MarkError.journalFull(last: 999_999_999).description
        == "the marks journal has reached its last sequence number (999999999); "
        + "move marks.tsv aside to start a new one")
    #expect(Fixtures.snapshot(of: locations.userData) == before)
  }

  @Test("delays in months past the bound are refused, never overflow date arithmetic")
  func monthDelayBound() throws {
    for key in [
      "entry_into_force_delay_months", "party_effect_delay_months", "denunciation_delay_months",
    ] {
      let directory = try Fixtures.copyOfResources()
      let path = directory + "/treaty.tsv"
      let lines = String(decoding: Fixtures.bytes(path), as: UTF8.self)
        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let number = try #require(lines.firstIndex { $0.hasPrefix(key + "\t") }) + 1
      let replaced = try resources(
        replacingLine: number, of: "treaty.tsv", with: key + "\t9223372036854775807")
      let message = try failure(resources: replaced)
      #expect(
        message
          == "treaty.tsv:\(number): \(key) '9223372036854775807' is out of range (expected 1 to 1200)"
      )
    }
  }

  @Test("a data directory that cannot be read throws, naming it; a missing one is a first run")
  func unreadableDataDirectory() throws {
    let dataset = try Fixtures.dataset()
    let base = try Fixtures.temporaryDirectory()
    try Fixtures.write("x", to: base + "/file")
    try FileManager.default.createSymbolicLink(atPath: base + "/loop", withDestinationPath: "loop")
    for (directory, errorNumber) in [
      (base + "/file/sub", ENOTDIR), (base + "/file", ENOTDIR), (base + "/loop", ELOOP),
    ] {
      let locations = DataLocations(
        resources: Fixtures.resources, userData: directory, state: base + "/state")
      #expect(
        throws: StoreError.dataDirectory(FileSystemError(path: directory, errorNumber: errorNumber))
      ) {
        try Workspace.open(locations: locations, dataset: dataset)
      }
    }
    let firstRun = DataLocations(
      resources: Fixtures.resources, userData: base + "/new/btap", state: base + "/state")
    let workspace = try Workspace.open(locations: firstRun, dataset: dataset)
    #expect(workspace.store.journal.entries.isEmpty)
    #expect(
      StoreError.dataDirectory(FileSystemError(path: "/d", errorNumber: EACCES)).description
        == "/d: cannot read the data directory (Permission denied)")
    // A journal that cannot be opened is an error too, never an empty journal.
    try FileManager.default.createDirectory(
      atPath: base + "/data/" + MarkStore.fileName, withIntermediateDirectories: true)
    #expect(throws: StoreError.self) {
      try Workspace.open(
        locations: DataLocations(
          resources: Fixtures.resources, userData: base + "/data", state: base + "/state"),
        dataset: dataset)
    }
  }
}
