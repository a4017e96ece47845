import TreatyModel

#if canImport(Glibc)
  import Glibc
#endif

/// Opens a web address with the desktop's opener: `$BROWSER` (its first command), else
/// `xdg-open`, started in a session of its own with no terminal, and not waited for.
///
/// The address goes to the opener as one argument, never through a shell's parsing.
public enum LinkOpener {
  /// glibc's `POSIX_SPAWN_SETSID`, which Swift's Glibc module does not export: the child
  /// starts a session of its own, apart from the dashboard's terminal.
  private static let spawnInNewSession: Int16 = 0x80

  /// The command used when `$BROWSER` is not set.
  public static let defaultOpener = "xdg-open"

  /// The opener to run: `$BROWSER`'s first entry (entries are separated by `:`), else
  /// ``defaultOpener``.
  public static func opener(environment: (String) -> String? = FileSystem.environment) -> String {
    let browser = environment("BROWSER")?.split(separator: ":").first.map(String.init) ?? ""
    return browser.isEmpty ? defaultOpener : browser
  }

  /// Starts the opener on `url`; returns nil when it started, else why it could not.
  public static func open(_ url: String) -> String? {
    let opener = opener()
    // A shell that checks the opener exists, starts it in the background and exits at once,
    // so the opener belongs to nobody's terminal and leaves no child to wait for.
    let script =
      "command -v \"$0\" >/dev/null 2>&1 || exit 127; \"$0\" \"$1\" </dev/null >/dev/null 2>&1 &"
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for descriptor: Int32 in [0, 1, 2] {
      posix_spawn_file_actions_addopen(
        &actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
    }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(&attributes, spawnInNewSession)
    let arguments: [String] = ["/bin/sh", "-c", script, opener, url]
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, environ)
    guard spawned == 0 else { return "cannot start /bin/sh: \(String(cString: strerror(spawned)))" }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 1
    switch code {
    case 0: return nil
    case 127: return "'\(opener)' was not found: install xdg-utils or set BROWSER"
    default: return "'\(opener)' failed (exit status \(code))"
    }
  }
}
