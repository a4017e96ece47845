/// An optional calendar date in four bytes: a ``CalendarDate``'s packed value, or 0 for
/// none (no date packs to 0).
///
/// For records kept by the ten thousand: `CalendarDate?` takes five bytes and, aligned,
/// eight, and participants and standings hold four dates each.
struct CompactDate: Hashable, Sendable {
  private let packed: Int32

  /// Stores `date`.
  init(_ date: CalendarDate?) { packed = date?.packed ?? 0 }

  /// The date stored, if any.
  var date: CalendarDate? { packed == 0 ? nil : CalendarDate(packed: packed) }
}
