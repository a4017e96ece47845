/// An optional calendar date stored in four bytes: a ``CalendarDate``'s packed value, or 0
/// for none (no date packs to 0).
///
/// For records kept by the ten thousand: `CalendarDate?` takes five bytes and, aligned,
/// eight, and participants and standings hold four dates each.
@propertyWrapper
public struct CompactDate: Hashable, Sendable {
  private var packed: Int32

  /// Stores `wrappedValue`.
  public init(wrappedValue: CalendarDate?) { packed = wrappedValue?.packed ?? 0 }

  /// The date stored, if any.
  public var wrappedValue: CalendarDate? {
    get { packed == 0 ? nil : CalendarDate(packed: packed) }
    set { packed = newValue?.packed ?? 0 }
  }
}
