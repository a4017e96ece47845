import Dashboard
import Foundation
import Testing
import TreatyModel

/// What `Scripts/install.sh` takes from the executable: the version with the data's date, and
/// the manual page's sections on keys, environment and files.
@Suite struct InstallSupportTests {
  @Test func versionNamesTheProgramAndTheDataDate() throws {
    let shipped = try ShippedParties.load()
    let result = try BtapRunner.run(["--version"])
    #expect(result.status == 0)
    #expect(result.lines.first == "btap \(ProgramVersion.number)")
    #expect(result.lines.count == 2)
    #expect(result.lines.last?.hasPrefix("data as of \(shipped.dataAsOf) (") == true)
  }

  @Test func versionOnMissingDataSaysWhereItLooked() throws {
    let empty = FileManager.default.temporaryDirectory
      .appendingPathComponent("btap-no-data-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: empty) }
    let result = try BtapRunner.run(["--version"], environment: ["BTAP_RESOURCES": empty])
    #expect(result.status == 74)
    #expect(result.error.contains("\(empty)/parties.tsv"))
  }

  @Test func manualSectionsListEveryKeyOfEveryTable() throws {
    let result = try BtapRunner.run(["manual-sections"])
    #expect(result.status == 0)
    let lines = result.lines
    for group in KeyReference.groups {
      #expect(lines.contains(".Ss \"\(group.title)\""))
      for binding in group.bindings {
        let words = binding.keysLabel(ascii: true).split(separator: " ")
        #expect(lines.contains(".It Sy " + words.map { "\\&" + $0 }.joined(separator: " ")))
        #expect(lines.contains { $0.hasPrefix(binding.description) })
      }
    }
    #expect(lines.contains(".Sh FILES"))
    #expect(lines.contains(".Sh ENVIRONMENT"))
    #expect(result.output.contains("marks.tsv"))
  }

  @Test func theUnlistedCommandStaysOutOfHelpAndCompletions() throws {
    #expect(try !BtapRunner.run(["--help"]).output.contains("manual-sections"))
    let bash = try BtapRunner.run(["--generate-completion-script", "bash"])
    #expect(bash.status == 0)
    #expect(bash.output.contains("_btap"))
    #expect(!bash.output.contains("manual-sections"))
  }
}
