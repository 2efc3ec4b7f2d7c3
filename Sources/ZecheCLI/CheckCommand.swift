import Foundation
import ZecheKit

/// `zeche check`: everything a build checks, without writing anything.
enum CheckCommand: Command {
    static let name = "check"
    static let summary = "check content, links and templates without writing"
    static let synopsis = "check [--public] [--source DIR]"
    static let discussion = """
        Loads and validates the whole site: front matter, dates, authors, related articles, \
        links between files, and renders every page in memory to find template names that are \
        not set. Drafts and articles dated in the future are checked like published ones, so that \
        a mistake is found before they are published; an error in one of them says so. With \
        --public, only what zeche build publishes is checked. Prints all errors and warnings and \
        a one-line summary. Exit status 1 when there is an error.
        """
    static let options: [ArgumentList.Option] = [
        SiteOptions.publicOnly, SiteOptions.drafts, SiteOptions.future, SiteOptions.source,
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
        SiteOptions.print(SiteOptions.marked(report.diagnostics, unpublished: report.unpublished), root: root, console: context.console)
        let tally = SiteOptions.tally(errors: report.errorCount, warnings: report.warningCount)
        context.console.output(SiteOptions.embargoLines(report.leftOut))
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
}
