import Testing
import TreatyModel

/// Notification texts written for these tests after the depositary's pattern.
enum NotificationSamples {
  /// A ratification by a signatory (France, which signed on 2012-06-26).
  static let ratification = """
    Beijing Notification No. 51
    Beijing Treaty on Audiovisual Performances
    Ratification by the French Republic

    The Director General of the World Intellectual Property Organization (WIPO) presents his \
    compliments to the Minister for Foreign Affairs and has the honor to notify the deposit by \
    the Government of the French Republic, on March 3, 2026, of its instrument of ratification \
    of the Beijing Treaty on Audiovisual Performances, adopted at Beijing on June 24, 2012.

    The date of entry into force will be the subject of a later notification.
    """

  /// An accession, by a long-form name with an apostrophe and accents in odd places.
  static let accession = """
    Beijing Notification No. 52
    Beijing Treaty on Audiovisual Performances
    Accession by the Independent State of Samoa

    The Director General of WIPO has the honor to notify the deposit by the Government of \
    the INDEPENDENT STATE OF SAMOA, on 9 May 2017, of its instrument of accession to the \
    Beijing Treaty on Audiovisual Performances, adopted at Beijing on June 24, 2012.
    """

  /// An accession with one declaration under Article 11(3).
  static let articleThreeDeclaration = """
    Beijing Notification No. 53
    Accession by the Republic of Moldova
    The Director General of the World Intellectual Property Organization (WIPO) has the honor \
    to notify the deposit by the Government of the Republic of Moldova, on January 12, 2026, \
    of its instrument of accession to the Beijing Treaty on Audiovisual Performances, adopted \
    at Beijing on June 24, 2012.
    The said instrument was accompanied by a declaration according to which: pursuant to \
    Article 11(3) of the Treaty, the Republic of Moldova will not apply the provisions of \
    Article 11(1) and (2).
    The Beijing Treaty will enter into force, for the Republic of Moldova, three months \
    after the date of deposit.
    """

  /// A ratification with a declaration on Article 11(1)-(2) and a territorial one.
  static let twoDeclarations = """
    Beijing Notification No. 54
    Ratification by the People's Republic of China
    The Director General has the honor to notify the deposit by the Government of the \
    People's Republic of China, on July 9, 2014, of its instrument of ratification of the \
    Beijing Treaty on Audiovisual Performances, adopted at Beijing on June 24, 2012.
    The said instrument contained the following declarations:
    (a) in accordance with paragraph (2) of Article 11, the People's Republic of China will \
    grant performers a right to equitable remuneration in place of the rights in Article \
    11(1)-(2) for broadcasting;
    (b) the Treaty shall not apply to the Hong Kong Special Administrative Region of the \
    People's Republic of China until the Government notifies otherwise.
    The date of entry into force will be notified under Article 26.
    """

  /// A notification of another treaty, written the same way.
  static let otherTreaty = """
    WPPT Notification No. 120
    WIPO Performances and Phonograms Treaty
    Accession by the Independent State of Samoa
    The Director General has the honor to notify the deposit by the Government of the \
    Independent State of Samoa, on May 9, 2017, of its instrument of accession to the WIPO \
    Performances and Phonograms Treaty (WPPT), adopted at Geneva on December 20, 1996.
    """

  /// A saved page: the notification between a navigation menu, a script and a footer.
  static let savedPage = """
    <!DOCTYPE html><html><head><title>Beijing Notification No. 55</title>
    <script>var menu = "Marrakesh Notification No. 9";</script></head>
    <body><nav><ul><li><a href="/wppt">WPPT Notification No. 130</a></li>
    <li>Other treaties</li></ul></nav>
    <main><h1>Beijing Notification No. 55</h1>
    <h2>Beijing Treaty on Audiovisual Performances</h2>
    <h3>Accession by the Republic of Kiribati</h3>
    <p>The Director General of the World Intellectual Property Organization (WIPO) presents his
    compliments and has the honor to notify the deposit by the Government of the Republic of
    Kiribati, on March 22, 2021, of its instrument of accession to the <b>Beijing Treaty on
    Audiovisual Performances</b>, adopted at Beijing on June&nbsp;24,&nbsp;2012.</p>
    <p>See https://www.wipo.int/treaties/en/notifications/beijing/treaty_beijing_55.html</p>
    </main><footer>Contact us &amp; follow WIPO</footer></body></html>
    """

  /// A text pasted with line breaks in the middle of names, words and dates.
  static let oddLineBreaks = """
    Beijing Notifi-
    cation No. 56 Beijing Treaty on Audiovisual
    Performances Ratification by the Federal Republic of
    Germany The Director General has the honor to notify
    the deposit by the Government of the Federal
    Republic of Germany, on February
    2, 2026, of its instru-
    ment of ratification of the Beijing Treaty on Audiovisual Performances,
    adopted at Beijing on June 24, 2012.
    """

  /// A notification naming a state btap does not know.
  static let unknownState = """
    Beijing Notification No. 57
    Accession by the Republic of Atlantis
    The Director General has the honor to notify the deposit by the Government of the \
    Republic of Atlantis, on March 1, 2026, of its instrument of accession to the Beijing \
    Treaty on Audiovisual Performances, adopted at Beijing on June 24, 2012.
    """
}

@Suite("Notifications: the recogniser reads party, act, date and declarations")
struct NotificationRecogniserTests {
  let recogniser: NotificationRecogniser

  init() throws {
    let dataset = try Fixtures.dataset()
    let formal = try FormalNames.load(
      from: Fixtures.resources, knownCodes: dataset.participantIndex)
    recogniser = NotificationRecogniser(
      ledger: Ledger(dataset: dataset, marks: []), formalNames: formal)
  }

  private func read(_ text: String) -> NotificationReading {
    recogniser.read(text, source: ProposalSource(kind: .file, reference: "notice.txt"))
  }

  @Test("a ratification: party from its formal name, date, number, certain")
  func ratification() throws {
    let event = try #require(read(NotificationSamples.ratification).proposal)
    #expect(event.partyCode == "FR")
    #expect(event.kind == .ratification)
    #expect(event.date == Fixtures.date("2026-03-03"))
    #expect(event.notification == 51)
    #expect(event.id == "51")
    #expect(event.confidence == .certain)
    #expect(event.declarations.isEmpty)
    #expect(event.excerpt.hasPrefix("Beijing Notification No. 51 Beijing Treaty"))
    #expect(event.note == "Beijing Notification No. 51")
  }

  @Test("an accession, the name matched whatever its case")
  func accession() throws {
    let event = try #require(read(NotificationSamples.accession).proposal)
    #expect(event.partyCode == "WS")
    #expect(event.kind == .accession)
    #expect(event.date == Fixtures.date("2017-05-09"))
  }

  @Test("a declaration under Art. 11(3): its text and the paragraphs it cites")
  func articleThree() throws {
    let event = try #require(read(NotificationSamples.articleThreeDeclaration).proposal)
    #expect(event.partyCode == "MD")
    #expect(event.declarations.count == 1)
    let declaration = try #require(event.declarations.first)
    #expect(declaration.paragraphs == ["11(3)", "11(1)", "11(2)"])
    #expect(declaration.text.hasPrefix("pursuant to Article 11(3)"))
    #expect(declaration.text.hasSuffix("Article 11(1) and (2)"))
    #expect(declaration.kind == .limitsRight)
  }

  @Test("two declarations: one on Art. 11(1)-(2), one territorial")
  func twoDeclarations() throws {
    let event = try #require(read(NotificationSamples.twoDeclarations).proposal)
    #expect(event.partyCode == "CN")
    #expect(event.date == Fixtures.date("2014-07-09"))
    #expect(event.declarations.count == 2)
    #expect(event.declarations.map(\.paragraphs) == [["11(2)", "11(1)"], []])
    #expect(event.declarations.map(\.kind) == [.limitsRight, .territorial])
    #expect(event.declarations[1].text.contains("Hong Kong Special Administrative Region"))
    #expect(event.declarations[1].summary.hasPrefix("Territorial declaration"))
  }

  @Test("another treaty's notification proposes nothing")
  func otherTreaty() {
    #expect(read(NotificationSamples.otherTreaty) == .otherTreaty("WPPT Notification No. 120"))
  }

  @Test("a saved page: navigation, scripts and footers ignored, the link kept")
  func savedPage() throws {
    let event = try #require(read(NotificationSamples.savedPage).proposal)
    #expect(event.partyCode == "KI")
    #expect(event.kind == .accession)
    #expect(event.date == Fixtures.date("2021-03-22"))
    #expect(event.notification == 55)
    #expect(
      event.source.link
        == "https://www.wipo.int/treaties/en/notifications/beijing/treaty_beijing_55.html")
    #expect(!event.excerpt.contains("WPPT"))
    #expect(!event.excerpt.contains("Contact us"))
  }

  @Test("a pasted text with line breaks inside words, names and dates")
  func oddLineBreaks() throws {
    let event = try #require(read(NotificationSamples.oddLineBreaks).proposal)
    #expect(event.partyCode == "DE")
    #expect(event.kind == .ratification)
    #expect(event.date == Fixtures.date("2026-02-02"))
    #expect(event.notification == 56)
  }

  @Test("an unknown state's name is reported as written, never guessed")
  func unknownState() {
    #expect(read(NotificationSamples.unknownState) == .unknownState("Republic of Atlantis"))
  }

  @Test("a headline is read to check, dated the day it was published")
  func headline() throws {
    let item = NewsItem(
      id: "press-1", date: Fixtures.date("2026-04-02"), precision: .day,
      title: "Côte d’Ivoire joins the Beijing Treaty", summary: "", link: "https://example.org/1",
      origin: "example.org")
    let event = try #require(recogniser.read(item).proposal)
    #expect(event.partyCode == "CI")
    #expect(event.kind == .ratification)
    #expect(event.confidence == .check)
    #expect(!event.isDateExact)
    #expect(event.id == "CI-ratification-2026-04-02")
    #expect(event.note == "news item press-1 https://example.org/1")
  }

  @Test("a news item carrying a numbered notification is certain")
  func newsCarryingNotification() throws {
    let item = NewsItem(
      id: "notice-58", date: Fixtures.date("2026-03-10"), precision: .day,
      title: "Beijing Notification No. 51",
      summary: NotificationSamples.ratification, link: "https://example.org/51",
      origin: "example.org")
    let event = try #require(recogniser.read(item).proposal)
    #expect(event.partyCode == "FR")
    #expect(event.confidence == .certain)
    #expect(event.date == Fixtures.date("2026-03-03"))
  }

  @Test(
    "news about other things is passed over; about the treaty, read in any case and across lines")
  func newsPassedOver() {
    func item(_ id: String, _ date: String, _ title: String, _ summary: String) -> NewsItem {
      NewsItem(
        id: id, date: Fixtures.date(date), precision: .day, title: title, summary: summary,
        link: "https://example.org/" + id, origin: "example.org")
    }
    let items = [
      item("upper", "2026-04-02", "KIRIBATI JOINS THE BEIJING TREATY", ""),
      item("other", "2026-04-03", "Kiribati joins the WIPO Copyright Treaty", "Geneva."),
      item("split", "2026-04-04", "Kiribati deposits its instrument", "for the Bei-\njing Treaty"),
      item("plain", "2026-04-05", "Synthetic news item 1", "Kiribati joins nothing at all."),
      item("short", "2026-04-06", "Kiribati joins", "BTAP"),
    ]
    let found = recogniser.proposals(in: items)
    #expect(found.map(\.source.reference) == ["upper", "split", "short"])
    #expect(found.allSatisfy { $0.partyCode == "KI" })
  }

  @Test("text about nothing in particular yields nothing")
  func unrelated() {
    #expect(read("Minutes of the standing committee, March 3, 2026.") == .notANotification)
  }

  @Test("every code in the formal names table is a state btap knows, each name once")
  func formalNamesKnown() throws {
    let dataset = try Fixtures.dataset()
    let codes = dataset.participantIndex
    let formal = try FormalNames.load(from: Fixtures.resources, knownCodes: codes)
    #expect(formal.entries.count > 100)
    #expect(formal.entries.allSatisfy { codes.contains($0.code) })
    #expect(throws: DataError.self) {
      try FormalNames.parse(
        Array("iso2\tformal_name\nZZ\tRepublic of Nowhere\n".utf8), file: "f.tsv",
        knownCodes: codes)
    }
  }
}
