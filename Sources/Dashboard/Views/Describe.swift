import TreatyModel

/// Sentences and short labels the panes share, so every pane words a fact the same way.
enum Describe {
  /// The status in words, such as "party (in force)" or "signatory".
  static func status(_ status: ParticipantStatus) -> String {
    switch status {
    case .eligible: return "has not signed"
    case .signatory: return "signatory"
    case .pending(let date?): return "party, bound from \(date)"
    case .pending(nil): return "party, awaiting entry into force"
    case .inForce: return "party (in force)"
    case .withdrawing(let date): return "party, leaving on \(date)"
    case .withdrawn: return "withdrawn"
    }
  }

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

  /// An ordinal: 1st, 2nd, 30th.
  static func ordinal(_ number: Int) -> String {
    let tens = number % 100
    if (11...13).contains(tens) { return "\(number)th" }
    switch number % 10 {
    case 1: return "\(number)st"
    case 2: return "\(number)nd"
    case 3: return "\(number)rd"
    default: return "\(number)th"
    }
  }
}
