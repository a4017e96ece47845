/// The continental grouping btap uses (not WIPO's official regional groups).
public enum Region: String, CaseIterable, Hashable, Sendable, Comparable {
  /// All of Africa, North Africa and Sudan included.
  case africa = "Africa"
  /// East, South-East, South and Central Asia, and Oceania.
  case asiaPacific = "Asia-Pacific"
  /// Europe, with Armenia, Moldova, the Russian Federation and the European Union.
  case europe = "Europe"
  /// Mexico, Central and South America and the Caribbean.
  case latinAmericaAndCaribbean = "Latin America & Caribbean"
  /// West-Asian states such as Jordan, Qatar, Syria and the UAE.
  case middleEast = "Middle East"
  /// The United States of America and Canada.
  case northAmerica = "North America"

  public static func < (left: Region, right: Region) -> Bool {
    left.rawValue < right.rawValue
  }
}
