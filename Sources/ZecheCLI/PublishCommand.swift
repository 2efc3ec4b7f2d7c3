import Foundation
import ZecheKit

/// `zeche publish`: builds the site of the last commit and commits it as the tree of a branch,
/// then pushes it.
enum PublishCommand: Command {
    static let name = "publish"
    static let summary = "build the site and commit it to a branch such as gh-pages"
    static let synopsis = "publish [--branch NAME] [--remote NAME] [--message TEXT] [--no-push] [--allow-dirty] [--drafts] [--future] [--base-url URL] [--output DIR] [--source DIR]"
    static let discussion = """
        Builds the site as committed in the checked-out commit (not as the working tree holds \
        it: ignored files and edits git does not show are never published), then commits the \
        output folder as the whole tree of a branch (gh-pages by default), with a .nojekyll \
        file and, when site.yml names a 'domain', a CNAME file. Each publish adds one commit on \
        top of the branch's previous tip, with a message that names the commit the site was \
        built from. The working tree, the index and the checked-out branch are not touched. \
        Then the branch is pushed, unless --no-push is given. Works in any CI and for any host \
        that serves a branch.

        Refuses to publish when site.yml, Content/ or Templates/ have uncommitted changes, \
        which would not be published; --allow-dirty publishes the last commit anyway. Refuses a \
        branch that holds the commit the site is built from (such as main in a detached \
        checkout of main), and names such as HEAD, @ or origin/main. Exit status 1 when the \
        build or git fails.
        """
    static let options: [ArgumentList.Option] = [
        .value("branch", "NAME", "the branch that holds the published site (default: gh-pages)"),
        .value("remote", "NAME", "the remote to push to (default: origin)"),
        .value("message", "TEXT", "the commit message (default: 'Publish <commit> <subject>')"),
        .flag("no-push", "commit to the local branch only"),
        .flag("allow-dirty", "publish the last commit even though the site has uncommitted changes"),
        SiteOptions.drafts, SiteOptions.future,
        .value("base-url", "URL", "the address the site is published at, replacing 'url' of site.yml"),
        .value("output", short: "o", "DIR", "where to build the site (default: Output)"),
        SiteOptions.source,
    ]

    /// The site's inputs: uncommitted changes to them make a publish refuse.
    static let inputs = ["site.yml", "Content", "Templates"]

    static func run(_ arguments: ArgumentList, in context: CommandContext) async throws(UsageError) -> Int32 {
        guard arguments.positionals.isEmpty else { throw UsageError("unexpected argument '\(arguments.positionals[0])'") }
        let branch = arguments.value("branch") ?? "gh-pages"
        let remote = arguments.value("remote") ?? "origin"
        let pushes = !arguments.has("no-push")
        if let message = arguments.value("message"), message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw UsageError("the --message is empty")
        }
        let root = SiteOptions.root(arguments, in: context)
        let output = try SiteOptions.outputFolder(arguments, root: root)
        let console = context.console
        let publisher = BranchPublisher(siteRoot: root, environment: context.environment,
                                        temporaryFolder: FileManager.default.temporaryDirectory)
        let source: BranchPublisher.SourceCommit
        let changes: [String]
        do throws(PublishError) {
            // Every value that reaches git is checked before git runs with it.
            _ = try publisher.repositoryRoot()
            try publisher.validate(branch: branch)
            if pushes { try publisher.validate(remote: remote) }
            guard let commit = try publisher.sourceCommit() else { throw PublishError.noCommit }
            source = commit
            changes = try publisher.uncommittedChanges(in: inputs)
        } catch {
            return fail(error, console: console)
        }
        if !changes.isEmpty, !arguments.has("allow-dirty") {
            console.error("""
                error: the site has uncommitted changes, which would not be published (the site is built from the last commit):
                \(changes.map { "  " + $0 }.joined(separator: "\n"))
                fix: commit them first (git add site.yml Content Templates && git commit), or pass --allow-dirty to publish the last commit without them

                """)
            return 1
        }

        // The site as committed, in a folder of its own that is removed afterwards.
        let checkout = FileManager.default.temporaryDirectory.appendingPathComponent("zeche-publish-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: checkout) }
        let committedSite: URL
        do {
            committedSite = try publisher.checkOut(commit: source.hash, into: checkout)
        } catch {
            return fail(error, console: console)
        }
        let options = try SiteOptions.buildOptions(arguments, in: context)
        let report = build(committedSite, options: options, into: output)
        SiteOptions.print(report.diagnostics, root: committedSite, console: console)
        guard report.succeeded else {
            console.error("Build failed with \(SiteOptions.tally(errors: report.errorCount, warnings: report.warningCount)); nothing was published.\n")
            return 1
        }

        var extraFiles = [BranchPublisher.ExtraFile(path: ".nojekyll", contents: Data())]
        // The configuration loader checked the domain (a host name, one line) before it is
        // written to CNAME.
        if case (let config?, _) = SiteConfig.load(root: committedSite), let domain = config.domain {
            extraFiles.append(BranchPublisher.ExtraFile(path: "CNAME", contents: Data((domain + "\n").utf8)))
        }
        do {
            let message = arguments.value("message") ?? BranchPublisher.defaultMessage(for: source)
            let result = try publisher.commit(
                folder: output.url, to: branch, message: message, extraFiles: extraFiles,
                excluding: [OutputFolder.markerName], remote: pushes ? remote : nil, source: source.hash)
            let unchanged = result.isUnchanged ? "; the site is the same as in the previous commit" : ""
            console.output("Committed \(result.fileCount) files to '\(branch)' as \(result.commit.prefix(7))\(unchanged).\n")
            if pushes {
                try publisher.push(branch: branch, to: remote)
                console.output("Pushed '\(branch)' to '\(remote)'.\n")
            }
        } catch {
            return fail(error, console: console)
        }
        return 0
    }

    /// The one place publish builds a site.
    private static func build(_ root: URL, options: BuildOptions, into output: OutputFolder) -> BuildResult {
        var pipeline = BuildPipeline(root: root, options: options)
        return pipeline.build(into: output)
    }

    private static func fail(_ error: PublishError, console: Console) -> Int32 {
        console.error("error: \(error.description)\nfix: \(error.fix)\n")
        return 1
    }
}
