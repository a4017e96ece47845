/// The shipped data with the user's active marks laid over it: the facts every screen shows.
///
/// Built in one pass over the marks, oldest first. A mark that no longer fits (because an
/// update of the shipped data now records the same or a different fact) is kept in the
/// journal and reported in ``outcomes``, never silently dropped. The depositary's table the
/// user imported (the latest ``Mark/Action/dataLayer(asOf:file:)`` in effect) lies under
/// every other mark, as a newer release of the shipped data would.
public struct Ledger: Equatable, Sendable {
  /// The data underneath the marks: the shipped data, or the imported table laid over it.
  public let dataset: TreatyDataset
  /// The shipped data, without any imported table.
  public let shippedDataset: TreatyDataset
  /// The sequence number of the data-layer mark whose table is in effect, if any.
  public let dataLayerMark: Int?
  /// The treaty's rules.
  public let rules: TreatyRules
  /// Every participant with the marks applied, in the dataset's order.
  public private(set) var participants: [Participant]
  /// What became of each active mark, by sequence number.
  public private(set) var outcomes: [Int: MarkOutcome] = [:]
  /// For each participant code, the sequence numbers of the marks that changed it.
  public private(set) var markedCodes: [String: [Int]] = [:]
  /// The newest date among the dated marks in effect (a deposit, signature or denunciation
  /// the user recorded), or nil when no dated mark is in effect.
  public private(set) var latestMarkDate: CalendarDate?
  /// The shipped declarations, then those the user's declaration marks add, in order.
  public private(set) var declarations: [Declaration]
  /// Whether a correction mark in effect renamed a participant (names are otherwise the
  /// data's, which lets a reader of names keep what it built from them).
  public private(set) var renamesParticipants = false
  private let indexByCode: ParticipantIndex

  /// Lays `marks` (oldest first) over `dataset`; `layers` holds the imported tables that
  /// data-layer marks name, by file name.
  public init(dataset shipped: TreatyDataset, marks: [Mark], layers: [String: DataLayer] = [:]) {
    let base = Ledger.base(shipped: shipped, marks: marks, layers: layers)
    let dataset = base.dataset
    self.dataset = dataset
    shippedDataset = shipped
    dataLayerMark = base.applied
    outcomes = base.outcomes
    rules = TreatyRules(facts: dataset.facts)
    participants = dataset.participants
    declarations = dataset.declarations
    // Marks change participants' facts, never their codes or order: the dataset's index holds.
    indexByCode = dataset.participantIndex
    for mark in marks { apply(mark) }
  }

  /// The data under the marks: the shipped data with the latest imported table in effect
  /// that is newer than it, and what became of each data-layer mark.
  static func base(
    shipped: TreatyDataset, marks: [Mark], layers: [String: DataLayer]
  ) -> (dataset: TreatyDataset, applied: Int?, outcomes: [Int: MarkOutcome]) {
    var outcomes: [Int: MarkOutcome] = [:]
    var applied: (sequence: Int, layer: DataLayer, asOf: CalendarDate)?
    for mark in marks {
      guard case .dataLayer(let asOf, let file) = mark.action else { continue }
      guard asOf > shipped.facts.dataAsOf else {
        outcomes[mark.sequence] = .superseded(
          reason: "the shipped data, as of \(shipped.facts.dataAsOf), is as new as this table")
        continue
      }
      guard let layer = layers[file] else {
        outcomes[mark.sequence] = .superseded(reason: "its table \(file) cannot be read")
        continue
      }
      if let previous = applied {
        outcomes[previous.sequence] = .superseded(
          reason: "the table imported as mark \(mark.sequence) replaces it")
      }
      applied = (mark.sequence, layer, asOf)
      outcomes[mark.sequence] = .applied
    }
    guard let applied else { return (shipped, nil, outcomes) }
    return (applied.layer.applied(to: shipped, asOf: applied.asOf), applied.sequence, outcomes)
  }

  /// How old what btap knows is on `today`.
  ///
  /// Measured from the newest of the data's date and the latest dated mark in effect. Every
  /// front end reads the age here.
  public func dataAge(on today: CalendarDate) -> DataAge {
    DataAge(dataAsOf: dataset.facts.dataAsOf, latestMark: latestMarkDate, today: today)
  }

  /// The participant with an ISO code.
  public func participant(code: String) -> Participant? {
    indexByCode.position(of: code).map { participants[$0] }
  }

  /// The participant's position in ``participants``.
  public func position(of code: String) -> Int? { indexByCode.position(of: code) }

  /// Each participant's position by ISO code: the index that snapshots share.
  public var positionsByCode: ParticipantIndex { indexByCode }

  /// How many facts on screen come from the user's marks rather than the shipped data.
  public var factsFromMarks: Int {
    outcomes.values.filter { $0 == .applied }.count
  }

  /// Finds a participant by ISO code or by name, ignoring case and accents.
  public func find(_ query: String) -> Participant? {
    let trimmed = query.trimmingSpaces()
    if trimmed.utf8.count == 2, let found = participant(code: trimmed.uppercased()) { return found }
    let folded = TextFolding.fold(trimmed)
    if let exact = participants.first(where: { TextFolding.fold($0.name) == folded }) {
      return exact
    }
    let matches = participants.filter { $0.withNameUTF8 { TextFolding.text($0, contains: folded) } }
    return matches.count == 1 ? matches[0] : nil
  }

  /// Checks that `action` can be marked for `code` today, against the facts as they stand.
  public func validate(
    _ action: Mark.Action, code: String, today: CalendarDate
  ) throws(MarkError) {
    guard let participant = participant(code: code) else { throw .unknownParty(code) }
    if let date = action.date {
      if date < dataset.facts.adopted {
        throw .beforeAdoption(date: date, adopted: dataset.facts.adopted)
      }
      if date > today { throw .inTheFuture(date: date, today: today) }
    }
    try Ledger.check(action, on: participant, facts: dataset.facts)
  }

  /// The rule checks shared by validation and by replay.
  static func check(
    _ action: Mark.Action, on participant: Participant, facts: TreatyFacts
  ) throws(MarkError) {
    let name = participant.name
    switch action {
    case .ratification(let date), .accession(let date):
      if let deposit = participant.depositDate {
        throw .alreadyDeposited(name: name, instrument: participant.instrument, date: deposit)
      }
      if case .ratification = action {
        guard let signed = participant.signatureDate else { throw .notASignatory(name: name) }
        if date < signed { throw .depositBeforeSignature(name: name, signed: signed) }
      }
    case .signature(let date):
      if let signed = participant.signatureDate { throw .alreadySigned(name: name, date: signed) }
      if date < facts.adopted || date > facts.signaturePeriodEnds {
        throw .outsideSignaturePeriod(
          date: date, start: facts.adopted, end: facts.signaturePeriodEnds)
      }
      if let deposit = participant.depositDate {
        throw .alreadyDeposited(name: name, instrument: participant.instrument, date: deposit)
      }
    case .denunciation(let date):
      guard let deposit = participant.depositDate else { throw .notAParty(name: name) }
      if let notice = participant.denunciationDate {
        throw .alreadyDenounced(name: name, date: notice)
      }
      if date < deposit { throw .denunciationBeforeDeposit(name: name, deposited: deposit) }
    case .correction(let field, let value):
      _ = try Ledger.corrected(participant, field: field, value: value, facts: facts)
    case .declaration:
      guard participant.depositDate != nil else { throw .notAParty(name: name) }
    case .dismissal, .dataLayer: break
    case .step(_, let source, let date):
      if let deposit = participant.depositDate, date > deposit {
        throw .stepAfterDeposit(name: name, deposited: deposit)
      }
      if let problem = PipelineStep.problem(source: source, note: "") {
        throw .invalidStep(problem)
      }
    }
  }

  /// The participant with one field corrected, or the reason the value is not acceptable.
  static func corrected(
    _ participant: Participant, field: Mark.CorrectableField, value: String, facts: TreatyFacts
  ) throws(MarkError) -> Participant {
    var result = participant
    func date() throws(MarkError) -> CalendarDate? {
      if value.isEmpty { return nil }
      guard let date = CalendarDate(value) else {
        throw .invalidCorrection(field: field, value: value, reason: "not a YYYY-MM-DD date")
      }
      return date
    }
    switch field {
    case .signatureDate:
      let signature = try date()
      if let signature, signature < facts.adopted || signature > facts.signaturePeriodEnds {
        throw .invalidCorrection(
          field: field, value: value, reason: "outside the signature period (Art. 25)")
      }
      if signature == nil, participant.instrument == .ratification {
        throw .invalidCorrection(field: field, value: value, reason: "a ratifying party signed")
      }
      result.signatureDate = signature
    case .depositDate:
      let deposit = try date()
      if deposit != nil, participant.instrument == nil {
        throw .invalidCorrection(
          field: field, value: value, reason: "mark a ratification or accession instead")
      }
      if deposit == nil {
        result.instrument = nil
        result.denunciationDate = nil
      }
      result.depositDate = deposit
      result.recordedInForceDate = nil
    case .instrument:
      if value.isEmpty {
        result.instrument = nil
        result.depositDate = nil
        result.recordedInForceDate = nil
        result.denunciationDate = nil
      } else {
        guard let instrument = Instrument(rawValue: value) else {
          throw .invalidCorrection(
            field: field, value: value, reason: "expected ratification or accession")
        }
        guard participant.depositDate != nil else {
          throw .invalidCorrection(
            field: field, value: value, reason: "mark a ratification or accession instead")
        }
        if instrument == .ratification, participant.signatureDate == nil {
          throw .invalidCorrection(field: field, value: value, reason: "only signatories ratify")
        }
        result.instrument = instrument
      }
    case .name:
      let name = value.trimmingSpaces()
      guard !name.isEmpty else {
        throw .invalidCorrection(field: field, value: value, reason: "a name cannot be empty")
      }
      result.name = name
    case .region:
      guard let region = Region(rawValue: value) else {
        throw .invalidCorrection(
          field: field, value: value,
          reason: "expected one of " + Region.allCases.map(\.rawValue).joined(separator: ", "))
      }
      result.region = region
    }
    return result
  }

  private mutating func apply(_ mark: Mark) {
    if case .dataLayer = mark.action { return }
    guard let position = indexByCode.position(of: mark.partyCode) else {
      outcomes[mark.sequence] = .superseded(reason: "no party has the code \(mark.partyCode)")
      return
    }
    let current = participants[position]
    if case .dismissal = mark.action { return }
    if case .declaration(let kind, let paragraphs, let summary, _) = mark.action {
      applyDeclaration(mark, kind: kind, paragraphs: paragraphs, summary: summary, on: current)
      return
    }
    if case .step(let stage, let source, let date) = mark.action {
      applyStep(
        mark,
        step: PipelineStep(
          stage: stage, date: date, source: source, note: mark.note, markSequence: mark.sequence),
        at: position)
      return
    }
    if Ledger.shipped(current, alreadyRecords: mark.action) {
      let inTable =
        dataLayerMark != nil
        && Ledger.shipped(dataset.participants[position], alreadyRecords: mark.action)
        && !Ledger.shipped(shippedDataset.participants[position], alreadyRecords: mark.action)
      outcomes[mark.sequence] = inTable ? .confirmedByImportedTable : .confirmedByShippedData
      return
    }
    do throws(MarkError) {
      try Ledger.check(mark.action, on: current, facts: dataset.facts)
    } catch {
      outcomes[mark.sequence] = .superseded(reason: error.description)
      return
    }
    var updated = current
    switch mark.action {
    case .ratification(let date):
      updated.instrument = .ratification
      updated.depositDate = date
      updated.recordedInForceDate = nil
    case .accession(let date):
      updated.instrument = .accession
      updated.depositDate = date
      updated.recordedInForceDate = nil
    case .signature(let date):
      updated.signatureDate = date
    case .denunciation(let date):
      updated.denunciationDate = date
    case .declaration, .dismissal, .dataLayer, .step:
      return
    case .correction(let field, let value):
      guard
        let corrected = try? Ledger.corrected(
          current, field: field, value: value, facts: dataset.facts)
      else { return }
      updated = corrected
      if field == .name { renamesParticipants = true }
    }
    updated.isListed = true
    participants[position] = updated
    outcomes[mark.sequence] = .applied
    markedCodes[mark.partyCode, default: []].append(mark.sequence)
    if let date = mark.action.date, latestMarkDate.map({ date > $0 }) ?? true {
      latestMarkDate = date
    }
  }

  private static func shipped(_ participant: Participant, alreadyRecords action: Mark.Action)
    -> Bool
  {
    switch action {
    case .ratification(let date):
      return participant.instrument == .ratification && participant.depositDate == date
    case .accession(let date):
      return participant.instrument == .accession && participant.depositDate == date
    case .signature(let date): return participant.signatureDate == date
    case .denunciation(let date): return participant.denunciationDate == date
    case .correction, .declaration, .dismissal, .dataLayer, .step: return false
    }
  }

  /// Adds a step mark's step to its state, unless it repeats one or follows the deposit.
  ///
  /// An earlier mark may record the same stage on the same date, or the state may have
  /// deposited before the step. A step is not a fact of the depositary,
  /// so it leaves ``latestMarkDate`` (the data's age) alone.
  private mutating func applyStep(_ mark: Mark, step: PipelineStep, at position: Int) {
    let current = participants[position]
    if current.steps.contains(where: { $0.stage == step.stage && $0.date == step.date }) {
      outcomes[mark.sequence] = .superseded(reason: "an earlier mark records the same step")
      return
    }
    do throws(MarkError) {
      try Ledger.check(mark.action, on: current, facts: dataset.facts)
    } catch {
      outcomes[mark.sequence] = .superseded(reason: error.description)
      return
    }
    var updated = current
    let index = updated.steps.firstIndex { step < $0 } ?? updated.steps.endIndex
    updated.steps.insert(step, at: index)
    participants[position] = updated
    outcomes[mark.sequence] = .applied
    markedCodes[mark.partyCode, default: []].append(mark.sequence)
  }

  /// Adds a declaration mark's declaration, unless one of the same kind and paragraphs is
  /// already known for the party (then the mark is confirmed by it).
  private mutating func applyDeclaration(
    _ mark: Mark, kind: Declaration.Kind, paragraphs: [String], summary: String,
    on participant: Participant
  ) {
    let same = { (declaration: Declaration) in
      declaration.partyCode == mark.partyCode && declaration.kind == kind
        && declaration.paragraphs == paragraphs
    }
    if dataset.declarations.contains(where: same) {
      outcomes[mark.sequence] = .confirmedByShippedData
      return
    }
    if declarations.contains(where: same) {
      outcomes[mark.sequence] = .superseded(reason: "an earlier mark records the same declaration")
      return
    }
    guard participant.depositDate != nil else {
      outcomes[mark.sequence] = .superseded(
        reason: MarkError.notAParty(name: participant.name).description)
      return
    }
    declarations.append(
      Declaration(
        partyCode: mark.partyCode, paragraphs: paragraphs, kind: kind, notification: nil,
        status: .verified, summary: summary, source: mark.note))
    outcomes[mark.sequence] = .applied
    markedCodes[mark.partyCode, default: []].append(mark.sequence)
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  func trimmingSpaces() -> String {
    var slice = Substring(self)
    while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
    while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
    return String(slice)
  }
}
