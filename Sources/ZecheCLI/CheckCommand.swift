import Foundation
import ZecheKit

/// `zeche check`: everything a build checks, without writing anything.
enum CheckCommand: Command {
    static let name = "check"
    static let summary = "check content, links and templates without writing"
    static let synopsis = "check [--public] [--untranslated LANG] [--source DIR]"
    static let discussion = """
        Loads and validates the whole site: front matter, dates, authors, related articles, \
        links between files, and renders every page in memory to find template names that are \
        not set. Drafts and articles dated in the future are checked like published ones, so that \
        a mistake is found before they are published; an error in one of them says so. With \
        --public, only what zeche build publishes is checked. Prints all errors and warnings and \
        a one-line summary. With --untranslated LANG, a site in several languages also lists the \
        articles of the default language that have no translation into LANG. Exit status 1 when \
        there is an error.
        """
    static let options: [ArgumentList.Option] = [
        SiteOptions.publicOnly, SiteOptions.drafts, SiteOptions.future,
        .value("untranslated", "LANG", "list the default language's articles that have no translation into LANG"),
        SiteOptions.source,
    ]

    static func run(_ arguments: ArgumentList, in context: CommandContext) async throws(UsageError) -> Int32 {
        guard arguments.positionals.isEmpty else { throw UsageError("unexpected argument '\(arguments.positionals[0])'") }
        let root = SiteOptions.root(arguments, in: context)
        var options = try SiteOptions.buildOptions(arguments, in: context)
        if !arguments.has("public") {
            options.includeDrafts = true
            options.includeFuture = true
        }
        var pipeline = BuildPipeline(root: root, options: options)
        let report = pipeline.check()
        var untranslated = ""
        if let language = arguments.value("untranslated") {
            guard let tag = report.languages.dropFirst().first(where: { $0.lowercased() == language.lowercased() }) else {
                let others = report.languages.dropFirst()
                throw UsageError(others.isEmpty
                    ? "--untranslated needs a site in several languages; site.yml declares only '\(report.languages.first ?? "")'"
                    : "--untranslated '\(language)': the site's other languages are \(others.map { "'\($0)'" }.joined(separator: ", "))")
            }
            untranslated = untranslatedLines(report.translations, language: tag)
        }
        SiteOptions.print(SiteOptions.marked(report.diagnostics, unpublished: report.unpublished), root: root, console: context.console)
        let tally = SiteOptions.tally(errors: report.errorCount, warnings: report.warningCount)
        context.console.output(SiteOptions.embargoLines(report.leftOut))
        if !untranslated.isEmpty { context.console.output(untranslated) }
        if report.succeeded {
            let pages = report.pageCount == 1 ? "1 page" : "\(report.pageCount) pages"
            let articles = report.articleCount == 1 ? "1 article" : "\(report.articleCount) articles"
            let unpublished = SiteOptions.unpublishedSummary(report.unpublished).map { ", of them \($0)" } ?? ""
            let leftOut = SiteOptions.leftOutSummary(report.leftOut).map { "; left out: \($0)" } ?? ""
            context.console.output("Checked \(pages) (\(articles)\(unpublished)): \(tally)\(leftOut).\n")
            return 0
        }
        context.console.output("Check found \(tally).\n")
        return 1
    }

    /// The articles without a translation into `language`, one per line, and their count.
    static func untranslatedLines(_ articles: [ArticleTranslations], language: String) -> String {
        let missing = articles.filter { !$0.languages.contains(language) }
        var text = "Untranslated into '\(language)': \(missing.count) of \(articles.count) articles\n"
        for article in missing.sorted(by: { $0.sourcePath < $1.sourcePath }) { text += "  \(article.sourcePath)  \(article.title)\n" }
        return text
    }
}
