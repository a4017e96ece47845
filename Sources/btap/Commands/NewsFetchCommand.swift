import ArgumentParser
import TerminalUI
import TreatyModel

/// `btap news fetch [--timeout SECONDS]`: fetches every subscription and imports what is new.
struct NewsFetchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fetch",
    abstract: "Fetch every feed you follow and import what is new.",
    discussion: """
      Feeds are fetched one after the other, each within the timeout. btap sends back the \
      ETag and Last-Modified a server gave last time, so a feed that has not changed costs \
      one short answer (304). It follows up to 10 redirects and remembers a feed's new \
      address when every redirect was permanent (301, 308); a server that answers 429 or 503 \
      with Retry-After is not asked again before that time; one that answers 410 is marked \
      gone. One line per feed says what happened. Exit status 0 when every feed was fetched \
      or unchanged, 74 when any was not; nothing already stored is lost either way.
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: "Give up on a feed after this many seconds (default 30).")
  var timeout: Int = 30

  mutating func validate() throws {
    guard (1...3_600).contains(timeout) else {
      throw ValidationError("--timeout must be between 1 and 3600 seconds, not \(timeout)")
    }
  }

  mutating func run() throws {
    let locations = try CommandContext.resolveLocations(global.settings)
    let status = try FeedReaderProcess.fetch(locations: locations, timeoutSeconds: timeout) {
      event in
      switch event {
      case .fetching: return
      case .started(let total) where total == 0: return
      default: break
      }
      StandardStreams.output(TextSanitizer.clean(event.description) + "\n")
    }
    if status != 0 { throw ExitCode(status) }
  }
}
