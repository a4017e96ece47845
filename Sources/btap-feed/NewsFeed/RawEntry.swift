/// The text of one RSS item or Atom entry as found in the document, before cleaning.
struct RawEntry {
  /// RSS `title` or Atom `title`.
  var title: String?
  /// RSS `link` text, or the Atom `link` chosen by ``FeedDocumentReader``.
  var link: String?
  /// The base the link is relative to: the `xml:base` in force where it was found, else the
  /// document's address.
  var linkBase: String?
  /// RSS `guid` or Atom `id`.
  var identifier: String?
  /// RSS `description` or Atom `summary`.
  var summary: String?
  /// RSS `content:encoded` or Atom `content`.
  var content: String?
  /// RSS `pubDate` (RFC 822).
  var publicationDate: String?
  /// Atom `published`, Atom `updated` or RSS `dc:date` (RFC 3339), in order of preference.
  var isoDates: [String] = []
  /// Whether the chosen link had `rel="alternate"` (or no `rel`), which beats any other link.
  var hasAlternateLink = false
}
