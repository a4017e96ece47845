import CHeap
import TreatyModel

/// Readies the process's heap for data far larger than btap ships, before it is loaded.
///
/// Every 4 KiB page the loader touches for the first time costs a page fault; with ten
/// thousand parties and news items that was about four thousand faults, as much time as
/// all the parsing. For such data the heap is grown once, by a margin sized from the files,
/// and that region is marked for transparent huge pages (`madvise(MADV_HUGEPAGE)`), so it is
/// faulted in 2 MiB at a time; large arrays come from the heap too, rather than from
/// mappings of their own that are faulted in and unmapped again. The shipped data (about
/// 36 KiB) is left to the allocator's defaults, and so is its memory footprint. Where the
/// system has no huge pages, the call changes nothing but the heap's growth step.
enum LargeDataHeap {
  /// Data files larger than this together (parties, states and news) ready the heap: seven
  /// times what btap ships (about 36 KiB), a thirtieth of ten thousand parties and news items.
  static let threshold = 256 << 10
  /// The heap's growth step, as a multiple of the data files' size: what loading ten
  /// thousand parties and news items allocates, with room to spare.
  static let marginPerDataByte = 12
  /// The largest growth step.
  static let maximumMargin = 256 << 20
  /// The size of a transparent huge page on x86-64 and arm64 Linux.
  static let hugePage = 2 << 20
  /// The largest block size the allocator lets a program serve from the heap rather than
  /// from a mapping of its own (glibc's limit on 64-bit systems).
  static let maximumHeapBlock = 32 << 20

  /// Readies the heap when the data at `locations` is large; does nothing otherwise.
  static func prepare(for locations: DataLocations, includingNews: Bool) {
    var names = [TreatyDataset.FileName.parties, TreatyDataset.FileName.states]
    if includingNews { names.append(TreatyDataset.FileName.news) }
    var bytes = names.reduce(0) { $0 + size(FileSystem.join(locations.resources, $1)) }
    if includingNews {
      bytes += size(FileSystem.join(locations.userData, ImportedNews.fileName))
    }
    guard bytes > threshold else { return }
    let margin = min(bytes * marginPerDataByte, maximumMargin)
    // Large blocks from the heap, never given back while btap runs, grown by `margin`.
    mallopt(M_MMAP_THRESHOLD, Int32(min(margin, maximumHeapBlock)))
    mallopt(M_TRIM_THRESHOLD, Int32(2 * margin))
    mallopt(M_TOP_PAD, Int32(margin))
    // One arena for every thread: the loader reads the news on a thread of its own
    // (``SideThread``), whose blocks would otherwise come from an arena of its own, in small
    // pages, each faulted in apart (a thousand more faults at this size).
    mallopt(M_ARENA_MAX, 1)
    // One block larger than what is left at the top makes the heap grow now, by the margin.
    // (Asking the block's size keeps the compiler from leaving out an allocation it sees no
    // use for.)
    guard let block = malloc(hugePage) else { return }
    guard malloc_usable_size(block) >= hugePage, let end = sbrk(0) else {
      free(block)
      return
    }
    let top = Int(bitPattern: block)
    free(block)
    let first = (top + hugePage - 1) / hugePage * hugePage
    let last = Int(bitPattern: end) / hugePage * hugePage
    guard last > first, let region = UnsafeMutableRawPointer(bitPattern: first) else { return }
    // Advice only: refused (no huge pages here), the heap simply stays in small pages.
    guard madvise(region, last - first, MADV_HUGEPAGE) == 0 else { return }
    // What lies between the top of the heap and the second huge page is set aside, so that
    // the data is allocated from the huge pages; the block is never used, so its small pages
    // are never touched, and it is never freed (the process ends without freeing). The first
    // huge page is passed over: growing the heap wrote the allocator's header of the rest
    // inside it, before the advice, so it already has small pages and the kernel would fault
    // the data in there 4 KiB at a time (about 300 faults for `btap status` at scale).
    guard last > first + hugePage else { return }
    let gap = first + hugePage - top - 2 * MemoryLayout<Int>.size
    // (The block's size is asked for, as above: a result left unused let the compiler leave
    // the allocation out, and the data went to the first huge page after all.)
    if gap > 0, let reserved = malloc(gap), malloc_usable_size(reserved) < gap { free(reserved) }
  }

  /// A file's size, or 0 when it cannot be read (the loader reports that).
  private static func size(_ path: String) -> Int {
    (try? FileSystem.byteCount(of: path)) ?? 0
  }
}
