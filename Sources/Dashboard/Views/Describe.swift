import TreatyModel

/// Short labels the panes share, so every pane words a fact the same way.
enum Describe {
  /// "in 197 days", "tomorrow", "today", or "197 days ago".
  static func countdown(from today: CalendarDate, to date: CalendarDate) -> String {
    let days = today.days(until: date)
    switch days {
    case 0: return "today"
    case 1: return "tomorrow"
    case 2...: return "in \(days) days"
    case -1: return "yesterday"
    default: return "\(-days) days ago"
    }
  }

  /// "ratification" → "R", "accession" → "A".
  static func instrumentLetter(_ instrument: Instrument?) -> String {
    switch instrument {
    case .ratification: return "R"
    case .accession: return "A"
    case nil: return " "
    }
  }
}
