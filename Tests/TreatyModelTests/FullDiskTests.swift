import Foundation
import Testing
import TreatyModel

#if canImport(Glibc)
  import Glibc
#endif

/// A full disk is reported as "No space left on device", and the journal is left as it was.
///
/// The real case needs a small file system that can fill up: a 64 KiB tmpfs, mounted here when
/// the tests run as root with the right to mount. Where mounting is refused, the test still
/// writes to `/dev/full` (which fails every write with ENOSPC) through the same call the
/// journal uses, so the error number's way to the message is always checked.
@Suite("A full disk")
struct FullDiskTests {
  @Test("writing to /dev/full reports no space left, through the journal's write call")
  func devFull() throws {
    let descriptor = open("/dev/full", O_WRONLY | O_CLOEXEC)
    try #require(descriptor >= 0, "/dev/full is missing")
    defer { close(descriptor) }
    #expect(throws: FileSystemError(path: "/dev/full", errorNumber: ENOSPC)) {
      try FileSystem.write(Array("a line\n".utf8), to: descriptor, at: 0, path: "/dev/full")
    }
    #expect(
      FileSystemError(path: "/dev/full", errorNumber: ENOSPC).description
        == "/dev/full: No space left on device")
  }

  @Test("a mark on a full file system is refused as such, the journal unchanged")
  func fullFileSystem() throws {
    let directory = try Fixtures.temporaryDirectory("btap-full")
    guard mount("tmpfs", directory, "tmpfs", 0, "size=64k,mode=0700") == 0 else {
      // Not allowed to mount here: `devFull` checks the error's way to the message.
      let reason = String(cString: strerror(errno))
      #expect(getuid() != 0 || errno == EPERM || errno == EACCES, "mount failed: \(reason)")
      try devFull()
      return
    }
    defer { umount2(directory, Int32(MNT_DETACH)) }
    let data = directory + "/data"
    let locations = DataLocations(
      resources: Fixtures.resources, userData: data, state: directory + "/state")
    var workspace = try Workspace.open(locations: locations)
    try workspace.mark(
      code: "FR", action: .ratification(Fixtures.date("2026-01-05")), clock: Fixtures.clock)
    // Grow the journal to just under a page, so the next line needs a page the disk lacks.
    let path = data + "/" + MarkStore.fileName
    var journal = Fixtures.bytes(path)
    let line = Array("2\t2026-11-25T10:00:00Z\tmark\t\tDE\tratification\t2026-01-06\t\t\t".utf8)
    let padding = 4_096 - 8 - journal.count - line.count - 1
    journal += line + Array(repeating: UInt8(ascii: "x"), count: padding) + [0x0A]
    try Fixtures.write(bytes: journal, to: path)
    workspace = try Workspace.open(locations: locations)
    #expect(workspace.store.journal.activeMarks.count == 2)
    try FullDiskTests.fill(directory + "/filler")
    let before = Fixtures.snapshot(of: data)

    do {
      try workspace.mark(
        code: "IT", action: .ratification(Fixtures.date("2026-01-07")), clock: Fixtures.clock)
      Issue.record("the mark was saved on a full disk")
    } catch {
      #expect(error.description == path + ": No space left on device")
    }
    #expect(Fixtures.snapshot(of: data) == before, "the journal is unchanged")
    do {
      try workspace.setRead("wipo-2020-01-28-indonesia", read: true, clock: Fixtures.clock)
      Issue.record("the read state was saved on a full disk")
    } catch {
      #expect(error.description == data + "/news-read.tsv: No space left on device")
    }
    #expect(Fixtures.snapshot(of: data) == before, "no temporary file is left")
    let reopened = try Workspace.open(locations: locations)
    #expect(reopened.store.journal.activeMarks.map(\.partyCode) == ["FR", "DE"])
  }

  /// Writes a file until the file system has no space left.
  static func fill(_ path: String) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    let block = [UInt8](repeating: 0, count: 1_024)
    while block.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
  }
}
