/// Small pieces of English that every front end words the same way: ordinals, counted nouns,
/// months in words.
public enum Wording {
  /// `1st`, `2nd`, `3rd`, `30th`, `111th`.
  public static func ordinal(_ number: Int) -> String {
    let lastTwo = number % 100
    if (11...13).contains(lastTwo) { return "\(number)th" }
    switch number % 10 {
    case 1: return "\(number)st"
    case 2: return "\(number)nd"
    case 3: return "\(number)rd"
    default: return "\(number)th"
    }
  }

  /// `1 party`, `48 parties`, `no parties`.
  public static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
    if number == 0 { return "no " + plural }
    return "\(number) " + (number == 1 ? singular : plural)
  }

  /// `one month`, `three months`, `13 months`.
  public static func months(_ number: Int) -> String {
    let words = [
      "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve",
    ]
    let amount = number >= 0 && number < words.count ? words[number] : String(number)
    return amount + (number == 1 ? " month" : " months")
  }
}
