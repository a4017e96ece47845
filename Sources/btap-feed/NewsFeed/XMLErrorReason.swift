/// The words for an XML parser's error, by libxml2's error number (`xmlParserErrors`).
///
/// Every number the parser can report for a feed has a phrase; a number without one falls
/// back to the parser's own English message, and never to the bare number.
enum XMLErrorReason {
  /// The phrase for an error number, else `message` (the parser's text), else a generic one.
  static func text(code: Int, message: String = "") -> String {
    if let phrase = phrase(code: code) { return phrase }
    let trimmed = TextCleaner.clean(message)
    return trimmed.isEmpty ? "a syntax error" : trimmed
  }

  /// The phrase for an error number, if it has one.
  static func phrase(code: Int) -> String? {
    switch code {
    case 1: return "the parser could not go on (an internal limit was reached)"
    case 2: return "out of memory"
    case 3, 4: return "the document is empty"
    case 5: return "the document ends before its elements are closed"
    case 6, 7, 8: return "a bad character reference (such as '&#xZZ;')"
    case 9: return "a character that XML does not allow"
    case 10, 14, 18: return "the document ends inside a reference"
    case 11, 12, 13, 15, 16, 17, 19, 20, 21: return "a reference outside the root element"
    case 22, 23, 24, 25: return "a bad entity reference (a bare '&' must be written '&amp;')"
    case 26, 27: return "an undeclared entity"
    case 28, 29, 30: return "a reference to an entity that cannot be used there"
    case 31, 32: return "an encoding the parser does not know"
    case 33, 34, 43, 44: return "a quoted value that is not closed"
    case 35: return "a bad namespace declaration"
    case 36, 37: return "an unfinished entity declaration"
    case 38: return "a '<' inside an attribute value"
    case 39, 40, 41: return "a malformed attribute (expected name=\"value\")"
    case 42: return "an attribute is given twice"
    case 45: return "a comment that is not closed with '-->'"
    case 46, 47: return "a processing instruction that is not closed with '?>'"
    case 48, 49: return "an unfinished notation declaration"
    case 50, 51: return "an unfinished attribute-list declaration"
    case 52, 53, 54, 55: return "an unfinished element declaration"
    case 56, 57: return "a malformed XML declaration (<?xml …?>)"
    case 58, 59, 83, 95: return "a malformed conditional section"
    case 60, 61: return "an unfinished document type declaration (<!DOCTYPE …>)"
    case 62: return "']]>' outside a CDATA section"
    case 63: return "a CDATA section that is not closed with ']]>'"
    case 64: return "an XML declaration (<?xml …?>) that is not at the very start"
    case 65, 66: return "a space is missing between two parts of a tag or declaration"
    case 67, 68: return "a name is missing after '<' or '&'"
    case 69: return "a declaration needs #PCDATA"
    case 70, 71: return "a document type declaration without its identifier"
    case 72: return "a '<' is missing"
    case 73: return "a tag is not closed with '>'"
    case 74: return "a closing tag is missing '</'"
    case 75: return "an attribute without '=' before its value"
    case 76: return "a closing tag does not match the open element"
    case 77: return "an unfinished tag, or an element the document never closes"
    case 78: return "a bad standalone value in the XML declaration"
    case 79: return "a bad encoding name in the XML declaration"
    case 80: return "'--' inside a comment"
    case 81: return "the text does not match the encoding the document declares"
    case 82, 103: return "a standalone document that depends on external declarations"
    case 84: return "a missing value"
    case 85: return "the elements are not properly nested"
    case 86: return "content after the root element"
    case 87, 88, 90: return "an entity whose replacement text is malformed"
    case 89: return "an entity that refers to itself"
    case 91, 92: return "a bad URI"
    case 94: return "no document type declaration"
    case 96: return "the XML declaration has no version"
    case 101: return "the text declaration has no encoding"
    case 104, 105: return "an entity or notation that cannot be processed"
    case 108, 109: return "an unsupported XML version"
    case 110: return "a name that is too long"
    case 111: return "the parse was stopped"
    case 200: return "a misuse of the reserved 'xml' prefix or namespace"
    case 201: return "an element or attribute prefix with no namespace declared"
    case 202: return "a malformed qualified name"
    case 203: return "an attribute is given twice (in the same namespace)"
    case 204: return "an empty namespace name"
    case 205: return "a name with more than one ':'"
    default: return nil
    }
  }
}
