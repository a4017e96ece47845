import TreatyModel

/// Reads an input as the news read state: it loads or names the bad line, and what loads,
/// saved again, loads equal.
public enum NewsReadStateTarget {
  /// The file name errors must name.
  static let file = NewsReadState.fileName

  /// Runs one input.
  public static func run(_ bytes: [UInt8]) {
    let state: NewsReadState
    do {
      state = try NewsReadState.parse(bytes, file: file)
    } catch {
      ErrorShape.check(error, file: file, bytes: bytes)
      return
    }
    FuzzCheck.require(!state.readAt.keys.contains(""), "an empty identifier was read")
    let saved = state.encoded()
    let again: NewsReadState
    do {
      again = try NewsReadState.parse(saved, file: file)
    } catch {
      FuzzCheck.fail("the saved state does not load: \(error)")
    }
    // btap writes identifiers cleaned of control characters; clean ones come back as they were.
    if state.readAt.keys.allSatisfy({ MarkJournal.cleanField($0) == $0 }) {
      FuzzCheck.require(again == state, "the saved state loads differently")
    } else {
      // Cleaning may reorder or merge identifiers; from then on the state stays as it is.
      do {
        let third = try NewsReadState.parse(again.encoded(), file: file)
        FuzzCheck.require(third == again, "saving the saved state changes it")
      } catch {
        FuzzCheck.fail("the state saved twice does not load: \(error)")
      }
    }
  }
}
