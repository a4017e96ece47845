import ArgumentParser
import TerminalUI
import TreatyModel

/// `btap rights [ARTICLE]`: the 30 articles, or one article with the declarations that touch it.
struct RightsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rights",
    abstract: "List the treaty's articles by class, or show one article.")

  @OptionGroup var global: GlobalOptions

  @Argument(help: "An article number (1–30); without it, every article is listed.")
  var article: Int?

  mutating func run() throws {
    let context = try CommandContext.open(global.settings)
    let dataset = context.workspace.dataset
    guard let number = article else {
      var table = RecordTable(columns: [
        .init(key: "article", label: "Art."), .init(key: "title", label: "Title"),
        .init(key: "class", label: "Class"), .init(key: "declarations", label: "Declarations"),
      ])
      for article in dataset.articles {
        let touching = declarations(touching: article.number, in: context.workspace.ledger).count
        table.append([
          String(article.number), article.title, article.articleClass.shortLabel,
          touching == 0 ? "" : String(touching),
        ])
      }
      StandardStreams.output(RecordTableOutput.render(table, format: .table, style: context.style))
      return
    }
    guard let found = dataset.articles.first(where: { $0.number == number }) else {
      throw CommandFailure.data(
        "no article \(number): the treaty has articles 1 to \(dataset.articles.count)")
    }
    var text = "Article \(found.number): \(TextSanitizer.clean(found.title))\n"
    text +=
      "Class: \(found.articleClass.label)"
      + (found.isSubstantive ? " (substantive part, Arts. 1–20)" : "") + ".\n"
    if let reach = found.reachDescription { text += "Reaches \(reach).\n" }
    text += TextSanitizer.clean(found.summary) + "\n"
    let touching = declarations(touching: number, in: context.workspace.ledger)
    if touching.isEmpty {
      text += "No declaration recorded for this article.\n"
    } else {
      text += "Declarations recorded for it:\n"
      for declaration in touching {
        let name = context.workspace.ledger.participant(code: declaration.partyCode)?.name ?? ""
        let line =
          "\(name) (\(declaration.partyCode)), Art. "
          + declaration.paragraphs.joined(separator: ", ") + ": " + declaration.summary
        text += (context.style.plain ? "" : "  - ") + TextSanitizer.clean(line) + "\n"
      }
    }
    StandardStreams.output(text)
  }

  private func declarations(touching number: Int, in ledger: Ledger) -> [Declaration] {
    ledger.declarations.filter { $0.articles.contains(number) }
  }
}
