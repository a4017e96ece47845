/// Each participant's position by ISO code, built once when the data is loaded and shared
/// by the ledger, every snapshot and every check of a code read from the user's files.
///
/// A code of one to four ASCII bytes (every code the loader accepts) is looked up by its
/// bytes packed into a number (``PartyCodes/key(_:)``) in an open-addressed
/// table with a multiplicative hash: ten thousand codes are indexed in a fraction of the time
/// hashing them as strings took. Any other code a caller made falls back to a string key.
public struct ParticipantIndex: Hashable, Sendable {
  /// Each slot's packed code in the high 32 bits and position in the low (0: empty), so
  /// that a probe reads one word; the table's size is a power of two.
  private var slots: [UInt64]
  /// Positions of codes that do not pack (none in loaded data).
  private var other: [String: Int] = [:]
  /// How many codes are indexed.
  public private(set) var count = 0

  /// The index of `participants`' codes; a code listed twice keeps its first position.
  public init(_ participants: [Participant]) {
    self.init(capacity: participants.count)
    for position in participants.indices { insert(participants[position].code, at: position) }
  }

  /// The index of codes in order, each at its position in `codes`.
  public init(codes: some Collection<String>) {
    self.init(capacity: codes.count)
    for (position, code) in codes.enumerated() { insert(code, at: position) }
  }

  /// An empty index with room for `capacity` codes, its table at most three quarters full.
  init(capacity: Int) {
    var size = 16
    while size * 3 < capacity * 4 { size *= 2 }
    slots = [UInt64](repeating: 0, count: size)
  }

  /// Records `code` at `position` unless it is already there.
  mutating func insert(_ code: String, at position: Int) {
    if let key = ParticipantIndex.key(code) {
      _ = insert(key: key, at: position)
    } else if other[code] == nil {
      other[code] = position
      count += 1
    }
  }

  /// Records a packed code (``PartyCodes/key(_:)``, never 0) at
  /// `position`; returns the position it already had instead when it was there.
  mutating func insert(key: UInt32, at position: Int) -> Int? {
    let (slot, found) = probe(key)
    if let found { return found }
    // Kept at most three quarters full, so that probes stay short.
    if (count + 1) * 4 > slots.count * 3 {
      grow()
      return insert(key: key, at: position)
    }
    slots[slot] = UInt64(key) << 32 | UInt64(UInt32(truncatingIfNeeded: position))
    count += 1
    return nil
  }

  /// Where a packed code's probe ends: its slot and position when it is indexed, else the
  /// empty slot where it would go.
  private func probe(_ key: UInt32) -> (slot: Int, position: Int?) {
    var slot = ParticipantIndex.slot(key, size: slots.count)
    while slots[slot] != 0 {
      if UInt32(truncatingIfNeeded: slots[slot] >> 32) == key {
        return (slot, Int(UInt32(truncatingIfNeeded: slots[slot])))
      }
      slot = (slot + 1) & (slots.count - 1)
    }
    return (slot, nil)
  }

  /// Whether a packed code is indexed.
  func contains(key: UInt32) -> Bool { position(ofKey: key) != nil }

  /// Doubles the table, placing every code again.
  private mutating func grow() {
    var larger = ParticipantIndex(capacity: slots.count)
    for slot in slots where slot != 0 {
      _ = larger.insert(
        key: UInt32(truncatingIfNeeded: slot >> 32), at: Int(UInt32(truncatingIfNeeded: slot)))
    }
    larger.other = other
    larger.count = count
    self = larger
  }

  /// The position of the participant with `code`, if any.
  public func position(of code: String) -> Int? {
    guard let key = ParticipantIndex.key(code) else { return other[code] }
    return position(ofKey: key)
  }

  /// The position of a packed code, if indexed.
  private func position(ofKey key: UInt32) -> Int? { probe(key).position }

  /// Whether a participant has `code`.
  public func contains(_ code: String) -> Bool { position(of: code) != nil }

  /// The first slot to try for a key: Fibonacci hashing, the product's top bits.
  private static func slot(_ key: UInt32, size: Int) -> Int {
    let bits = UInt32(size.trailingZeroBitCount)
    return Int((key &* 0x9E37_79B9) >> (32 - bits))
  }

  /// A code's packed key when it is one to four ASCII bytes other than NUL (so that no two
  /// codes share one, and none is 0), else nil.
  private static func key(_ code: String) -> UInt32? {
    var code = code
    return code.withUTF8 { bytes -> UInt32? in
      guard (1...4).contains(bytes.count) else { return nil }
      for byte in bytes where byte == 0 || byte >= 0x80 { return nil }
      return PartyCodes.key(bytes)
    }
  }
}
