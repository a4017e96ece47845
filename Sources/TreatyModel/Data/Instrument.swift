/// How a state or organization became bound: only a signatory can ratify; anyone eligible can accede.
public enum Instrument: String, CaseIterable, Hashable, Sendable {
  /// Confirmation of an earlier signature.
  case ratification
  /// Joining without having signed.
  case accession
}
