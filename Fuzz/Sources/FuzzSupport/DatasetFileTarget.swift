@testable import TreatyModel

/// Reads an input as one kind of shipped file, the other files being the shipped ones: the
/// reader returns records that keep the file's rules, or throws a `file:line: problem` error
/// naming a line of the file.
public enum DatasetFileTarget: Sendable {
  case treaty, parties, states, overview, facts, timeline, articles, declarations, news

  /// The file's name, as errors must give it.
  var fileName: String {
    switch self {
    case .treaty: return TreatyDataset.FileName.treaty
    case .parties: return TreatyDataset.FileName.parties
    case .states: return TreatyDataset.FileName.states
    case .overview: return TreatyDataset.FileName.overview
    case .facts: return TreatyDataset.FileName.facts
    case .timeline: return TreatyDataset.FileName.timeline
    case .articles: return TreatyDataset.FileName.articles
    case .declarations: return TreatyDataset.FileName.declarations
    case .news: return TreatyDataset.FileName.news
    }
  }

  /// The header the file must have.
  var header: [String] {
    switch self {
    case .treaty: return TreatyDataset.Header.treaty
    case .parties: return TreatyDataset.Header.parties
    case .states: return TreatyDataset.Header.states
    case .overview: return TreatyDataset.Header.overview
    case .facts: return TreatyDataset.Header.facts
    case .timeline: return TreatyDataset.Header.timeline
    case .articles: return TreatyDataset.Header.articles
    case .declarations: return TreatyDataset.Header.declarations
    case .news: return TreatyDataset.Header.news
    }
  }

  /// Runs one input.
  public func run(_ bytes: [UInt8]) {
    let table: TSVTable
    do {
      table = try TSVTable(bytes: bytes, file: fileName, expectedHeader: header)
    } catch {
      ErrorShape.check(error, file: fileName, bytes: bytes)
      return
    }
    do {
      try parse(table)
    } catch {
      ErrorShape.check(error, file: fileName, bytes: bytes)
      if let line = error.line {
        FuzzCheck.require(
          table.rows.contains { $0.line == line }, "\(error) names a line that is not a row")
      }
    }
  }

  /// Parses the table as this kind of file and checks what comes back.
  private func parse(_ table: TSVTable) throws(DataError) {
    let shipped = ShippedData.dataset
    switch self {
    case .treaty:
      let facts = try TreatyDataset.parseFacts(table)
      for number in [
        facts.thresholdParties, facts.entryIntoForceDelayMonths, facts.partyEffectDelayMonths,
        facts.denunciationDelayMonths,
      ] {
        FuzzCheck.require(number > 0, "a rule number \(number) was accepted")
      }
      for delay in [
        facts.entryIntoForceDelayMonths, facts.partyEffectDelayMonths,
        facts.denunciationDelayMonths,
      ] {
        FuzzCheck.require(
          delay <= TreatyDataset.maximumDelayMonths, "a delay of \(delay) months was accepted")
      }
      RulesCheck.exercise(shipped.participants, facts: facts)
    case .parties:
      var index = ParticipantIndex(capacity: table.rows.count)
      let listed = try TreatyDataset.parseParties(table, facts: shipped.facts, index: &index)
      FuzzCheck.require(index.count == listed.count, "\(index.count) codes for \(listed.count)")
      FuzzCheck.require(listed.count == table.rows.count, "\(listed.count) of \(table.rows.count)")
      FuzzCheck.require(Set(listed.map(\.code)).count == listed.count, "a code listed twice")
      for participant in listed { checkListed(participant, facts: shipped.facts) }
      RulesCheck.exercise(listed, facts: shipped.facts)
    case .states:
      let eligible = try TreatyDataset.parseStates(table, listed: ShippedData.listedIndex)
      let listedCodes = Set(ShippedData.listed.map(\.code))
      FuzzCheck.require(eligible.count <= table.rows.count, "more states than rows")
      FuzzCheck.require(Set(eligible.map(\.code)).count == eligible.count, "a state twice")
      for state in eligible {
        FuzzCheck.require(!state.isListed && !listedCodes.contains(state.code), "\(state.code)")
        FuzzCheck.require(state.depositDate == nil && state.signatureDate == nil, "\(state)")
      }
    case .overview:
      let sections = try TreatyDataset.parseOverview(table)
      FuzzCheck.require(
        Set(sections.map(\.identifier)).count == sections.count, "a section in two places")
      FuzzCheck.require(
        sections.map(\.paragraphs.count).reduce(0, +) == table.rows.count, "paragraphs lost")
      for section in sections {
        FuzzCheck.require(
          !section.heading.isEmpty && !section.paragraphs.contains(""), "\(section)")
      }
    case .facts:
      let facts = try TreatyDataset.parseKeyFacts(table)
      FuzzCheck.require(facts.count == table.rows.count, "facts lost")
      FuzzCheck.require(!facts.contains { $0.label.isEmpty || $0.value.isEmpty }, "empty fact")
    case .timeline:
      let events = try TreatyDataset.parseTimeline(table)
      FuzzCheck.require(events.count == table.rows.count, "events lost")
      FuzzCheck.require(
        zip(events, events.dropFirst()).allSatisfy { $0.sortDate <= $1.sortDate },
        "the timeline is out of order")
    case .articles:
      let articles = try TreatyDataset.parseArticles(table)
      FuzzCheck.require(
        articles.map(\.number) == Array(0..<articles.count).map { $0 + 1 },
        "articles not numbered 1, 2, 3, …")
      FuzzCheck.require(articles.count == table.rows.count, "articles lost")
    case .declarations:
      let known = Set(ShippedData.listed.map(\.code))
      let declarations = try TreatyDataset.parseDeclarations(table) {
        ShippedData.listedIndex.contains(key: $0)
      }
      FuzzCheck.require(declarations.count == table.rows.count, "declarations lost")
      for declaration in declarations {
        FuzzCheck.require(known.contains(declaration.partyCode), "\(declaration.partyCode)")
        FuzzCheck.require(
          declaration.kind != .limitsRight || !declaration.paragraphs.isEmpty,
          "a limit on no article")
      }
    case .news:
      let news = try TreatyDataset.parseNews(table)
      FuzzCheck.require(news.count == table.rows.count, "news lost")
      FuzzCheck.require(Set(news.map(\.id)).count == news.count, "an id twice")
      FuzzCheck.require(
        news == TreatyDataset.sortedNewestFirst(news.reversed()), "not newest first")
      FuzzCheck.require(!news.contains { $0.title.isEmpty || $0.summary.isEmpty }, "empty")
    }
  }

  /// The rules `parties.tsv` promises about each row it accepts.
  private func checkListed(_ participant: Participant, facts: TreatyFacts) {
    let code = participant.code
    FuzzCheck.require(participant.isListed && !participant.name.isEmpty, "\(code) unnamed")
    FuzzCheck.require(
      (participant.instrument == nil) == (participant.depositDate == nil),
      "\(code): an instrument without a deposit date, or the reverse")
    FuzzCheck.require(
      participant.depositDate == nil || participant.recordedInForceDate != nil,
      "\(code): a deposit without an in-force date")
    FuzzCheck.require(
      participant.instrument != .ratification || participant.signatureDate != nil,
      "\(code): ratified without signing")
    FuzzCheck.require(
      participant.signatureDate != nil || participant.depositDate != nil,
      "\(code): neither signed nor deposited")
    if let signature = participant.signatureDate {
      FuzzCheck.require(
        signature >= facts.adopted && signature <= facts.signaturePeriodEnds,
        "\(code): signed outside the signature period")
      if let deposit = participant.depositDate {
        FuzzCheck.require(deposit >= signature, "\(code): deposited before signing")
      }
    }
  }
}
