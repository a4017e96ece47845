/// A declaration read from a depositary notification: its text as the notification gives it
/// and the article paragraphs it cites.
public struct ProposedDeclaration: Hashable, Sendable {
  /// The declaration's text, as published (shown quoted, never as btap's words).
  public var text: String
  /// Paragraph references such as `11(1)`, `11(3)`, in the order cited.
  public var paragraphs: [String]

  /// Creates a declaration.
  public init(text: String, paragraphs: [String]) {
    self.text = text
    self.paragraphs = paragraphs
  }

  /// What the declaration does, read from its words: a territorial one keeps the treaty from
  /// applying to a territory; any other limits or replaces a right.
  public var kind: Declaration.Kind {
    let folded = TextFolding.fold(text)
    let territorialWords = ["territor", "shall not apply to", "administrative region"]
    return territorialWords.contains { folded.contains($0) } ? .territorial : .limitsRight
  }

  /// A one-line summary in btap's words, from the kind and the paragraphs cited.
  public var summary: String {
    let cited = paragraphs.isEmpty ? "" : " under Art. " + paragraphs.joined(separator: ", ")
    switch kind {
    case .territorial:
      return
        "Territorial declaration\(cited): the treaty's reach is limited to part of the party's territory."
    case .limitsRight:
      if paragraphs.contains("11(3)") {
        return
          "Declaration\(cited): the party applies Art. 11's broadcasting rights only in part, or not at all."
      }
      if paragraphs.contains("11(2)") {
        return
          "Declaration\(cited): the party grants a right to equitable remuneration instead of the exclusive right of Art. 11(1)."
      }
      return "Declaration\(cited), as worded in the notification."
    }
  }
}
