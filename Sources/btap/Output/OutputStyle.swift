import TerminalUI
import TreatyModel

/// How text output looks: linear or tabular, with or without colour.
struct OutputStyle: Sendable {
  /// Linear text for screen readers (`--plain`).
  let plain: Bool
  /// Whether ANSI colours are used: a terminal, no `--plain`, no `NO_COLOR`, not `TERM=dumb`.
  let color: Bool
  /// Whether links are written as OSC 8 hyperlinks: colours are on and the terminal is known
  /// to show them (``Hyperlink/isSupported(environment:)``).
  let hyperlinks: Bool

  /// The style for the given flag, environment and standard output.
  init(plain: Bool, environment: (String) -> String? = FileSystem.environment) {
    self.plain = plain
    color =
      !plain && environment("NO_COLOR") == nil && environment("TERM") != "dumb"
      && StandardStreams.outputIsTerminal
    hyperlinks = color && Hyperlink.isSupported(environment: environment)
  }
}
