/// Reads depositary notifications and news about the treaty and proposes the events they
/// announce; pure, no I/O.
///
/// A numbered notification ("Beijing Notification No. N") gives party, act, date and any
/// declarations, and its reading is certain. A notification of another treaty is recognised
/// and yields nothing. A looser text (a press headline such as "Kiribati joins the Beijing
/// Treaty") is read when it names one known state and an act, dated the day it was published,
/// and marked to check. A name no state has is reported, never guessed.
public struct NotificationRecogniser: Sendable {
  /// The names states go by.
  public let names: StateNameIndex
  /// The codes of those that signed (a state that "joins" after signing ratifies).
  public let signatories: Set<String>
  /// The treaty's adoption date, which notifications repeat and which is never an event date.
  public let adopted: CalendarDate

  /// The longest excerpt kept with a proposal, in characters.
  public static let excerptLimit = 1_600
  /// How far after an act's words the treaty it concerns is looked for, in characters.
  static let actReach = 160
  /// The most words a state's name in a heading may have.
  static let headingNameWords = 12
  /// The English month names, January first.
  static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]
  /// Names of the sister treaties whose notifications look like this treaty's.
  static let otherTreatyNames = [
    "performances and phonograms treaty", "wppt", "copyright treaty", "marrakesh",
    "rome convention", "berne convention", "paris convention",
  ]

  /// A recogniser over the states a ledger knows and the formal names table.
  public init(ledger: Ledger, formalNames: FormalNames) {
    self.init(
      names: StateNameIndex(participants: ledger.participants, formalNames: formalNames),
      ledger: ledger)
  }

  /// A recogniser over names already indexed (``StateNameIndex``) and a ledger's facts.
  init(names: StateNameIndex, ledger: Ledger) {
    self.names = names
    signatories = Set(ledger.participants.filter(\.hasSigned).map(\.code))
    adopted = ledger.dataset.facts.adopted
  }

  /// Reads a notification given as plain text or as a saved HTML page.
  public func read(_ text: String, source: ProposalSource) -> NotificationReading {
    let flat = NotificationText.flattened(text)
    var located = source
    if located.link.isEmpty { located.link = NotificationRecogniser.firstLink(in: text) }
    return read(flattened: flat, source: located, published: nil)
  }

  /// Reads a news item's title and summary; a headline's event is dated the item's date.
  public func read(_ item: NewsItem) -> NotificationReading {
    let flat = NotificationText.flattened(item.title + ". " + item.summary)
    let source = ProposalSource(kind: .news, reference: item.id, link: item.link)
    return read(flattened: flat, source: source, published: item.date)
  }

  /// Every proposal the news items carry, one per identifier (the newest item's reading
  /// first).
  public func proposals(in items: [NewsItem]) -> [ProposedEvent] {
    var seen: Set<String> = []
    var found: [ProposedEvent] = []
    for item in items where NotificationRecogniser.mayConcernTheTreaty(item) {
      guard let event = read(item).proposal, seen.insert(event.id).inserted else { continue }
      found.append(event)
    }
    return found
  }

  /// The words one of which every reading that proposes an event has (after folding): the
  /// treaty's city, its abbreviation, or the first word of its subject.
  static let treatyWords = ["beijing", "btap", "audiovisual"]

  /// Whether a news item may propose an event; false only when its title and summary are
  /// ASCII on one line without markup (so that flattening and folding only lower letters and
  /// collapse spaces) and neither has any of ``treatyWords``, whatever the case.
  static func mayConcernTheTreaty(_ item: NewsItem) -> Bool {
    mayConcernTheTreaty(item.title) || mayConcernTheTreaty(item.summary)
  }

  /// ``mayConcernTheTreaty(_:)-(NewsItem)`` for one field, in one pass over its bytes.
  static func mayConcernTheTreaty(_ field: String) -> Bool {
    var text = field
    let words = treatyWordBytes
    let initials = treatyWordInitials
    return text.withUTF8 { bytes in
      var found = false
      for index in bytes.indices {
        let byte = bytes[index]
        if byte >= 0x80 || (0x0A...0x0D).contains(byte) || byte == UInt8(ascii: "<") {
          return true
        }
        // Only a byte that begins one of the words (in either case) is looked at further.
        let lowered = byte | 0x20
        guard !found, (0x61...0x7A).contains(lowered),
          initials & (1 << UInt32(lowered - 0x61)) != 0
        else { continue }
        for word in words where word[0] == lowered && index + word.count <= bytes.count {
          var offset = 1
          while offset < word.count, bytes[index + offset] | 0x20 == word[offset] { offset += 1 }
          if offset == word.count { found = true }
        }
      }
      return found
    }
  }

  /// ``treatyWords`` as bytes.
  static let treatyWordBytes = treatyWords.map { Array($0.utf8) }
  /// The first letters of ``treatyWords``, one bit per letter from `a`.
  static let treatyWordInitials = treatyWordBytes.reduce(UInt32(0)) {
    $0 | 1 << UInt32($1[0] - UInt8(ascii: "a"))
  }

  private func read(
    flattened text: String, source: ProposalSource, published: CalendarDate?
  ) -> NotificationReading {
    let folded = FoldedText(text)
    // A numbered heading names the treaty: "Beijing Notification No. 12".
    var number: Int?
    var otherHeading: String?
    var excerptStart = text.startIndex
    // Each pattern runs only when a plain search finds its words: most news items have none,
    // and a headline is read in a fraction of the time.
    let headings =
      folded.contains("notification no")
      ? text.matches(of: /(?i)\b([a-z]+) notification no\.?\s*(\d{1,6})\b/) : []
    for match in headings {
      if TextFolding.fold(String(match.output.1)) == "beijing" {
        number = Int(match.output.2)
        excerptStart = match.range.lowerBound
        break
      }
      if otherHeading == nil { otherHeading = String(match.output.0) }
    }
    if number == nil, let otherHeading { return .otherTreaty(otherHeading) }
    // The act's own sentence names the treaty the instrument is for.
    let act =
      folded.contains("instrument of")
      ? text.firstMatch(of: /(?i)instrument of (ratification|accession|denunciation)/) : nil
    if let act {
      let after = text[act.range.upperBound...].prefix(NotificationRecogniser.actReach)
      let afterFolded = FoldedText(String(after))
      if !afterFolded.contains("beijing"),
        let other = NotificationRecogniser.otherTreatyNames.first(where: afterFolded.contains)
      {
        return .otherTreaty(other)
      }
    }
    let aboutThisTreaty =
      number != nil || folded.contains("beijing treaty") || folded.contains("btap")
      || folded.contains("audiovisual performances")
    guard aboutThisTreaty else {
      if let other = NotificationRecogniser.otherTreatyNames.first(where: folded.contains) {
        return .otherTreaty(other)
      }
      return .notANotification
    }
    let excerpt = String(text[excerptStart...].prefix(NotificationRecogniser.excerptLimit))

    // The party and the date: from the body, else from the heading's act line.
    var code: String?
    var date: CalendarDate?
    var headingKind: ProposedEvent.Kind?
    let hasBody = folded.contains("government of") || folded.contains("deposit")
    let hasHeading = number != nil || act != nil
    if hasBody,
      let body = text.firstMatch(
        of:
          /(?i)by the Government of (.{2,150}?),? on ([a-z]+ \d{1,2},? \d{4}|\d{1,2} [a-z]+,? \d{4})/
      )
        ?? text.firstMatch(
          of:
            /(?i)deposit(?:ed)? by (.{2,150}?),? on ([a-z]+ \d{1,2},? \d{4}|\d{1,2} [a-z]+,? \d{4})/
        )
    {
      let name = NotificationRecogniser.trimmedName(String(body.output.1))
      guard let found = names.code(named: name) else { return .unknownState(name) }
      code = found
      date = NotificationRecogniser.date(String(body.output.2))
    } else if hasHeading,
      let heading = text.firstMatch(
        of: /(?i)\b(ratification|accession|signature|denunciation) by (the )?(.+)/)
    {
      headingKind = ProposedEvent.Kind(rawValue: heading.output.1.lowercased())
      let words = heading.output.3.split(separator: " ").prefix(
        NotificationRecogniser.headingNameWords)
      for count in stride(from: words.count, to: 0, by: -1) {
        if let found = names.code(named: words.prefix(count).joined(separator: " ")) {
          code = found
          break
        }
      }
      if code == nil, number != nil {
        return .unknownState(
          NotificationRecogniser.trimmedName(words.prefix(6).joined(separator: " ")))
      }
      date = NotificationRecogniser.dates(in: text).first { $0 != adopted }
    }

    if let code {
      var kind: ProposedEvent.Kind?
      if let act { kind = ProposedEvent.Kind(rawValue: act.output.1.lowercased()) }
      kind = kind ?? headingKind
      if kind == nil, folded.contains("denunciation") { kind = .denunciation }
      if kind == nil, folded.contains("signature") || folded.contains("signed") {
        kind = .signature
      }
      guard let kind else { return .incomplete("no act (ratification, accession, …) found") }
      guard let date else { return .incomplete("no date found for the \(kind.rawValue)") }
      let declarations =
        folded.contains("declaration") ? NotificationRecogniser.declarations(in: text) : []
      return .proposal(
        ProposedEvent(
          id: ProposedEvent.identifier(
            notification: number, partyCode: code, kind: kind, date: date),
          partyCode: code, kind: kind, date: date, isDateExact: true, notification: number,
          declarations: declarations, source: source,
          confidence: number == nil ? .check : .certain, excerpt: excerpt))
    }
    if number != nil { return .incomplete("no party found in the notification") }
    return headline(text, folded: folded, source: source, published: published)
  }

  /// A press headline's reading: one known state and an act's verb, dated when published.
  private func headline(
    _ text: String, folded: FoldedText, source: ProposalSource, published: CalendarDate?
  ) -> NotificationReading {
    let verbs = [
      "ratif", "accede", "accession", "joins", "becomes a party", "deposits", "denounce",
    ]
    guard verbs.contains(where: folded.contains),
      let (code, _) = names.longestName(in: text)
    else { return .notANotification }
    let kind: ProposedEvent.Kind
    if folded.contains("ratif") {
      kind = .ratification
    } else if folded.contains("accede") || folded.contains("accession") {
      kind = .accession
    } else if folded.contains("joins") || folded.contains("becomes a party")
      || folded.contains("deposits")
    {
      kind = signatories.contains(code) ? .ratification : .accession
    } else if folded.contains("denounce") {
      kind = .denunciation
    } else {
      return .notANotification
    }
    guard
      let date = published
        ?? NotificationRecogniser.dates(in: text).first(where: {
          $0 != adopted
        })
    else {
      return .incomplete("no date found")
    }
    return .proposal(
      ProposedEvent(
        id: ProposedEvent.identifier(notification: nil, partyCode: code, kind: kind, date: date),
        partyCode: code, kind: kind, date: date, isDateExact: published == nil,
        notification: nil, declarations: [], source: source, confidence: .check,
        excerpt: String(text.prefix(NotificationRecogniser.excerptLimit))))
  }

  /// A name as written, without a leading "the" and trailing punctuation.
  static func trimmedName(_ name: String) -> String {
    var words = name.split(separator: " ")
    if let first = words.first, first.lowercased() == "the" { words.removeFirst() }
    var joined = words.joined(separator: " ")
    while let last = joined.last, last == "," || last == "." || last == ";" || last == ":" {
      joined.removeLast()
    }
    return joined
  }

  /// A date written `June 24, 2012` or `24 June 2012`, if it is a real one.
  static func date(_ text: String) -> CalendarDate? {
    let words = text.split { $0 == " " || $0 == "," }
    guard words.count == 3, let year = Int(words[2]) else { return nil }
    if let month = months.firstIndex(of: words[0].lowercased()), let day = Int(words[1]) {
      return CalendarDate(year: year, month: month + 1, day: day)
    }
    if let month = months.firstIndex(of: words[1].lowercased()), let day = Int(words[0]) {
      return CalendarDate(year: year, month: month + 1, day: day)
    }
    return nil
  }

  /// Every date written out in the text, in order.
  static func dates(in text: String) -> [CalendarDate] {
    text.matches(of: /(?i)\b([a-z]+ \d{1,2},? \d{4}|\d{1,2} [a-z]+,? \d{4})\b/).compactMap {
      date(String($0.output.1))
    }
  }

  /// The first web address in the raw text that points at a notification page, else none.
  static func firstLink(in text: String) -> String {
    for match in text.matches(of: /https?:\/\/[^\s"'<>]+/) {
      let link = String(match.output)
      if link.lowercased().contains("notif") { return link }
    }
    return ""
  }

  /// The declarations a notification reports: the passage after "the following
  /// declaration(s)" or "a declaration according to which", up to the closing lines on entry
  /// into force, split into quoted or enumerated items.
  static func declarations(in text: String) -> [ProposedDeclaration] {
    guard
      let opening = text.firstMatch(
        of:
          /(?i)(following declarations?|declarations? according to which|declarations? to the effect that)\s*:?/
      )
    else { return [] }
    var passage = text[opening.range.upperBound...]
    if let closing = passage.firstMatch(
      of:
        /(?i)(the date of entry into force|the beijing treaty (will|shall) enter into force|will enter into force|entered into force on|\[end of notification\]|geneva, )/
    ) {
      passage = passage[..<closing.range.lowerBound]
    }
    var items: [String] = []
    let quoted = passage.matches(of: /"([^"]{8,})"/).map { String($0.output.1) }
    if !quoted.isEmpty {
      items = quoted
    } else {
      var rest = passage
      var current = ""
      while let marker = rest.firstMatch(
        of: /(?:^|[:;]\s*)\(?([a-h]|i{1,3}|iv|v|[1-9])\)\s+/)
      {
        current += rest[..<marker.range.lowerBound]
        if !current.trimmingSpaces().isEmpty { items.append(current) }
        current = ""
        rest = rest[marker.range.upperBound...]
      }
      current += rest
      items.append(current)
    }
    return items.compactMap { item in
      var text = item.trimmingSpaces()
      while let last = text.last, ";.,".contains(last) { text.removeLast() }
      if text.lowercased().hasSuffix(" and") { text.removeLast(4) }
      text = text.trimmingSpaces()
      guard text.count >= 8 else { return nil }
      return ProposedDeclaration(text: text, paragraphs: paragraphs(in: text))
    }
  }

  /// The article paragraphs a text cites, in order and each once: `Article 11(1) and (2)`,
  /// `Art. 11(3)`, `paragraphs (1) and (2) of Article 11`, `Article 11(1)-(2)`.
  static func paragraphs(in text: String) -> [String] {
    var cited: [(position: String.Index, article: Substring, numbers: [Int])] = []
    for match in text.matches(
      of: /(?i)art(?:icle|\.)\s*(\d{1,2})\s*\((\d)\)((?:\s*(?:,|and|or|to|-)\s*\(\d\))*)/)
    {
      cited.append(
        (
          match.range.lowerBound, match.output.1,
          expand(first: Int(match.output.2) ?? 0, tail: match.output.3)
        ))
    }
    for match in text.matches(
      of:
        /(?i)paragraphs? \((\d)\)((?:\s*(?:,|and|or|to|-)\s*\(\d\))*) of art(?:icle|\.)\s*(\d{1,2})/
    ) {
      cited.append(
        (
          match.range.lowerBound, match.output.3,
          expand(first: Int(match.output.1) ?? 0, tail: match.output.2)
        ))
    }
    var found: [String] = []
    for citation in cited.sorted(by: { $0.position < $1.position }) {
      for paragraph in citation.numbers
      where !found.contains("\(citation.article)(\(paragraph))") {
        found.append("\(citation.article)(\(paragraph))")
      }
    }
    return found
  }

  /// The paragraph numbers of `(1) and (2)` or `(1)-(3)`: listed ones as given, a range
  /// filled in.
  static func expand(first: Int, tail: Substring) -> [Int] {
    var numbers = [first]
    for part in tail.matches(of: /\s*(,|and|or|to|-)\s*\((\d)\)/) {
      guard let next = Int(part.output.2) else { continue }
      let joiner = part.output.1
      if joiner == "-" || joiner == "to", let last = numbers.last, next > last {
        numbers += Array((last + 1)...next)
      } else {
        numbers.append(next)
      }
    }
    return numbers
  }
}
