import ArgumentParser
import TreatyModel

/// `btap news [list]`: the shipped and imported news, newest first.
struct NewsListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the news, newest first (the default news command).",
    discussion: """
      CSV, TSV and JSON have the columns id, date, precision, title, summary, link, origin, \
      read (yes or no). A date known only to the month (precision month or approximate) is \
      written YYYY-MM; a link that names only a site's home page is written site: HOST.
      """)

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Only the items not yet read.")
  var unread = false

  @Option(help: "Output format: table, csv, tsv or json.")
  var format: OutputFormat = .table

  mutating func run() throws {
    let context = try CommandContext.open(global.settings)
    let readState = context.workspace.readState
    var items = context.workspace.allNews
    if unread { items = items.filter { !readState.isRead($0.id) } }
    let table: RecordTable
    if format == .table {
      var human = RecordTable(columns: [
        .init(key: "new", label: context.style.plain ? "Unread" : "New"),
        .init(key: "date", label: "Date"), .init(key: "title", label: "Title"),
        .init(key: "origin", label: "From"), .init(key: "id", label: "Id"),
      ])
      // On a terminal that shows OSC 8 links, each title links to its item.
      human.linkColumn = 2
      for item in items {
        let isRead = readState.isRead(item.id)
        let marker = context.style.plain ? (isRead ? "" : "yes") : (isRead ? "" : "•")
        human.append(
          [marker, item.shownDate, item.title, item.origin, item.id],
          link: item.link.isEmpty ? nil : item.link)
      }
      table = human
    } else {
      var data = RecordTable(
        columns: [
          "id", "date", "precision", "title", "summary", "link", "origin", "read",
        ].map { RecordTable.Column(key: $0, label: $0) })
      for item in items {
        data.append([
          item.id, item.knownDate, item.precision.rawValue, item.title, item.summary,
          item.shownLink, item.origin, readState.isRead(item.id) ? "yes" : "no",
        ])
      }
      table = data
    }
    if items.isEmpty && format == .table {
      StandardStreams.output(unread ? "No unread news.\n" : "No news.\n")
      return
    }
    StandardStreams.output(RecordTableOutput.render(table, format: format, style: context.style))
  }
}
