import Foundation
import ZecheKit

/// `zeche check`: everything a build checks, without writing anything.
enum CheckCommand: Command {
    static let name = "check"
    static let summary = "check content, links and templates without writing"
    static let synopsis = "check [--drafts] [--future] [--source DIR]"
    static let discussion = """
        Loads and validates the whole site: front matter, dates, authors, related articles, \
        links between files, and renders every page in memory to find template names that are \
        not set. Prints all errors and warnings and a one-line summary. Exit status 1 when there \
        is an error.
        """
    static let options: [ArgumentList.Option] = [SiteOptions.drafts, SiteOptions.future, SiteOptions.source]

    static func run(_ arguments: ArgumentList, in context: CommandContext) async throws(UsageError) -> Int32 {
        guard arguments.positionals.isEmpty else { throw UsageError("unexpected argument '\(arguments.positionals[0])'") }
        let root = SiteOptions.root(arguments, in: context)
        var pipeline = BuildPipeline(root: root, options: try SiteOptions.buildOptions(arguments, in: context))
        let report = pipeline.check()
        SiteOptions.print(report.diagnostics, root: root, console: context.console)
        let tally = SiteOptions.tally(errors: report.errorCount, warnings: report.warningCount)
        context.console.output(SiteOptions.embargoLines(report.leftOut))
        if report.succeeded {
            let pages = report.pageCount == 1 ? "1 page" : "\(report.pageCount) pages"
            let articles = report.articleCount == 1 ? "1 article" : "\(report.articleCount) articles"
            context.console.output("Checked \(pages) (\(articles)): \(tally).\n")
            return 0
        }
        context.console.output("Check found \(tally).\n")
        return 1
    }
}
