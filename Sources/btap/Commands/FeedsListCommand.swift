import ArgumentParser
import TreatyModel

/// `btap feeds [list]`: the subscriptions, numbered, with what their last fetch did.
struct FeedsListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the feeds you follow, numbered (the default feeds command).",
    discussion: """
      CSV, TSV and JSON have the columns number, url, title, last_checked, last_result, \
      etag, last_modified, retry_after, gone_since.
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: "Output format: table, csv, tsv or json.")
  var format: OutputFormat = .table

  mutating func run() throws {
    let locations = try CommandContext.resolveLocations(global.settings)
    let list: SubscriptionList
    do {
      list = try SubscriptionList.load(directory: locations.userData)
    } catch {
      throw CommandFailure.from(error)
    }
    let style = OutputStyle(plain: global.settings.plain)
    if list.subscriptions.isEmpty && format == .table {
      StandardStreams.output("No feeds yet: add one with 'btap feeds add URL'.\n")
      return
    }
    var table: RecordTable
    if format == .table {
      table = RecordTable(columns: [
        .init(key: "number", label: "#"), .init(key: "title", label: "Feed"),
        .init(key: "checked", label: "Last checked"), .init(key: "result", label: "Result"),
        .init(key: "url", label: "Address"),
      ])
      for (index, feed) in list.subscriptions.enumerated() {
        table.append([
          "\(index + 1)", feed.title.isEmpty ? "(untitled)" : feed.title,
          feed.lastChecked.map { String($0.description.prefix(16)).replacing("T", with: " ") }
            ?? "never",
          feed.lastResult, feed.url,
        ])
      }
    } else {
      table = RecordTable(
        columns: [
          "number", "url", "title", "last_checked", "last_result", "etag", "last_modified",
          "retry_after", "gone_since",
        ].map { RecordTable.Column(key: $0, label: $0) })
      for (index, feed) in list.subscriptions.enumerated() {
        table.append([
          "\(index + 1)", feed.url, feed.title, feed.lastChecked?.description ?? "",
          feed.lastResult, feed.entityTag, feed.lastModified,
          feed.retryAfter?.description ?? "", feed.goneSince?.description ?? "",
        ])
      }
    }
    StandardStreams.output(RecordTableOutput.render(table, format: format, style: style))
  }
}
