import Foundation
import ZecheKit

/// `zeche build`: renders the site into the output folder.
enum BuildCommand: Command {
    static let name = "build"
    static let summary = "build the site into Output/"
    static let synopsis = "build [--drafts] [--future] [--output DIR] [--base-url URL] [--no-cache] [--quiet] [--source DIR]"
    static let discussion = """
        Reads site.yml, Content/ and Templates/, checks everything, and writes the site into \
        the output folder. The new site is written beside the old one and swapped in only when \
        it is complete, so a failed build leaves the previous output untouched. One build of an \
        output runs at a time: a second one waits up to 30 s for the first. An output that is a \
        symbolic link is written at its target; one inside Content/ or Templates/ is refused. \
        Articles under embargo are listed with their moment; with ZECHE_EMBARGO_KEY set, each is \
        written at a private address (/vorab/<token>/, noindex, in no list or feed), which is printed. \
        A build keeps the signatures of its pages in .zeche-cache/ in the site's folder, so that the next \
        build into the same output renders only what changed; --no-cache builds everything and neither \
        reads nor writes it. Deleting .zeche-cache/ is always safe.
        """
    static let options: [ArgumentList.Option] = [
        SiteOptions.drafts, SiteOptions.future,
        .value("output", short: "o", "DIR", "where to write the site (default: Output)"),
        .value("base-url", "URL", "the address the site is published at, replacing 'url' of site.yml"),
        .flag("no-cache", "ignore the build cache (.zeche-cache/): render every page, and leave the cache as it is"),
        .flag("quiet", short: "q", "print only errors and warnings"),
        SiteOptions.source,
    ]

    static func run(_ arguments: ArgumentList, in context: CommandContext) async throws(UsageError) -> Int32 {
        guard arguments.positionals.isEmpty else { throw UsageError("unexpected argument '\(arguments.positionals[0])'") }
        let root = SiteOptions.root(arguments, in: context)
        let output = try SiteOptions.outputFolder(arguments, root: root)
        let options = try SiteOptions.buildOptions(arguments, in: context)
        let console = context.console
        let quiet = arguments.has("quiet")

        let started = Date()
        let progress = BuildProgress()
        let reporter = quiet ? nil : ProgressReporter(progress: progress, console: console)
        var pipeline = BuildPipeline(root: root, options: options)
        if !arguments.has("no-cache") { pipeline.buildCache = BuildCache(siteRoot: root, toolIdentity: CLI.toolIdentity) }
        pipeline.keepsContent = false
        pipeline.exitsAfterRun = true
        let report = pipeline.build(into: output, progress: progress)
        // The loaded site is not needed any more: free it while the result is printed.
        pipeline.releaseRunsInBackground()
        reporter?.stop()
        let seconds = Date().timeIntervalSince(started)

        SiteOptions.print(report.diagnostics, root: root, console: console)
        if !quiet { for note in report.notes { console.error("note: \(note)\n") } }
        if !report.succeeded {
            console.error("Build failed with \(SiteOptions.tally(errors: report.errorCount, warnings: report.warningCount)); \(output.displayPath) was left as it was.\n")
            return 1
        }
        if !quiet {
            console.output(SiteOptions.embargoLines(report.leftOut))
            let warnings = report.warningCount == 0 ? "" : ", \(report.warningCount == 1 ? "1 warning" : "\(report.warningCount) warnings")"
            let counts = [(report.pageCount, "page"), (report.articleCount, "article"), (report.tagCount, "tag"), (report.authorCount, "author")]
                .map { $0.0 == 1 ? "1 \($0.1)" : "\($0.0) \($0.1)s" }
            let leftOut = SiteOptions.leftOutSummary(report.leftOut).map { "; left out: \($0)" } ?? ""
            console.output("Built \(counts[0]) (\(counts[1...].joined(separator: ", "))) in \(String(format: "%.2f", seconds)) s → \(output.displayPath)\(warnings)\(leftOut)\n")
            if let written = report.output { console.output(written.line(for: output.displayPath) + "\n") }
        }
        if let limitation = output.swapLimitation() { console.error("warning: \(limitation)\n") }
        return 0
    }
}

/// Shows "Rendering 1,234 of 10,000 files" on a terminal once a build has taken a second.
final class ProgressReporter: Sendable {
    private let task: Task<Void, Never>

    init(progress: BuildProgress, console: Console) {
        task = Task.detached {
            try? await Task.sleep(for: .seconds(1))
            var shown = false
            while !Task.isCancelled {
                let (done, total) = progress.counts
                if total > 0 {
                    console.progress("Writing \(done) of \(total) files …")
                    shown = true
                }
                try? await Task.sleep(for: .milliseconds(200))
            }
            if shown { console.clearProgress() }
        }
    }

    func stop() {
        task.cancel()
    }
}
