/// Turns the HTML that feeds put in titles and descriptions into plain text.
///
/// Tags and comments are removed (the content of `script` and `style` with them), block-level tags
/// become spaces, and character references are decoded once. A `<` that does not start a
/// tag is kept as text.
enum MarkupStripper {
  /// The plain text of an HTML fragment (not yet cleaned of control characters).
  static func plainText(_ html: String) -> String {
    guard html.contains("<") || html.contains("&") else { return html }
    return HTMLEntities.decode(removeTags(html))
  }

  /// The text without tags and comments.
  static func removeTags(_ html: String) -> String {
    guard html.contains("<") else { return html }
    let scalars = Array(html.unicodeScalars)
    var output = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      guard scalar == "<", index + 1 < scalars.count, startsTag(scalars[index + 1]) else {
        output.append(scalar)
        index += 1
        continue
      }
      if matches(scalars, at: index, "<!--") {
        index = position(after: "-->", in: scalars, from: index + 4)
        output.append(" ")
        continue
      }
      let name = tagName(scalars, from: index + 1)
      var end = index + 1
      while end < scalars.count, scalars[end] != ">" { end += 1 }
      index = min(end + 1, scalars.count)
      if name == "script" || name == "style" {
        index = position(after: "</" + name, in: scalars, from: index, ignoringCase: true)
        while index < scalars.count, scalars[index - 1] != ">" { index += 1 }
      }
      output.append(" ")
    }
    return String(output)
  }

  private static func startsTag(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "/" || scalar == "!" || scalar == "?"
      || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  private static func tagName(_ scalars: [Unicode.Scalar], from start: Int) -> String {
    var name = ""
    var index = start
    while index < scalars.count,
      ("a"..."z").contains(scalars[index]) || ("A"..."Z").contains(scalars[index])
        || ("0"..."9").contains(scalars[index])
    {
      name.unicodeScalars.append(scalars[index])
      index += 1
    }
    return name.lowercased()
  }

  private static func matches(
    _ scalars: [Unicode.Scalar], at index: Int, _ text: String, ignoringCase: Bool = false
  ) -> Bool {
    var position = index
    for expected in text.unicodeScalars {
      guard position < scalars.count else { return false }
      var actual = scalars[position]
      if ignoringCase, ("A"..."Z").contains(actual), let lower = Unicode.Scalar(actual.value + 32) {
        actual = lower
      }
      if actual != expected { return false }
      position += 1
    }
    return true
  }

  /// The index just past the next occurrence of `text` at or after `start` (the end when absent).
  private static func position(
    after text: String, in scalars: [Unicode.Scalar], from start: Int, ignoringCase: Bool = false
  ) -> Int {
    let length = text.unicodeScalars.count
    var index = start
    while index + length <= scalars.count {
      if matches(scalars, at: index, text, ignoringCase: ignoringCase) { return index + length }
      index += 1
    }
    return scalars.count
  }
}
