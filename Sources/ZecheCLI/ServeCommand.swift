import Foundation
import ZecheKit
import ZechePreview

/// `zeche serve`: the local preview with live reload.
enum ServeCommand: Command {
    static let name = "serve"
    static let summary = "preview the site locally, reloading on every change"
    static let synopsis = "serve [--port 8000] [--host 127.0.0.1] [--public] [--source DIR]"
    static let discussion = """
        Builds the site into memory (never into Output/), serves it at http://127.0.0.1:8000/ \
        and watches Content/, Templates/ and site.yml. The preview is the editors' view: drafts \
        and articles dated in the future are in it, each marked with a badge ("Entwurf", "Geplant \
        für …"), releases under embargo at their address with their embargo notice (in no list), \
        and http://127.0.0.1:8000/_zeche/ lists every article with its state and its \
        mistakes. With --public it shows exactly what zeche build publishes. After each change \
        only the pages that depend on it are rebuilt, and open pages reload; a stylesheet change \
        swaps the styles without a reload; an article is published in the preview when its time \
        comes. A failed rebuild keeps serving the last good site and shows the errors in the \
        browser. The server listens on this computer only unless --host says otherwise, and \
        answers only requests for its own address (127.0.0.1, localhost, [::1] or the --host \
        name, with its port): a page of another site cannot read the preview through a name that \
        resolves to this computer. Stop it with Ctrl-C.
        """
    static let options: [ArgumentList.Option] = [
        .value("port", short: "p", "PORT", "the port to listen on (default 8000; 0 picks a free one)"),
        .value("host", "HOST", "the address to listen on (default 127.0.0.1, this computer only)"),
        SiteOptions.publicOnly, SiteOptions.drafts, SiteOptions.future, SiteOptions.source,
    ]

    static func run(_ arguments: ArgumentList, in context: CommandContext) async throws(UsageError) -> Int32 {
        guard arguments.positionals.isEmpty else { throw UsageError("unexpected argument '\(arguments.positionals[0])'") }
        let port = try arguments.integer("port", default: 8000, in: 0...65535)
        let host = arguments.value("host") ?? "127.0.0.1"
        let root = SiteOptions.root(arguments, in: context)
        let console = context.console
        // Before the port is bound: outside a site there is nothing to preview.
        if let problem = SiteFolderCheck.problem(at: root, source: arguments.value("source"), command: name) {
            console.error(problem + "\n")
            return 1
        }
        // The usual stop takes milliseconds, but a build in progress (the first one, or a full
        // rebuild of a large site after a change to site.yml) cannot be interrupted and may take
        // seconds. The preview writes nothing to disk, so after the first Ctrl-C or SIGTERM the
        // process ends within 200 ms whether or not the build has finished.
        // A thread of its own: a build keeps the shared dispatch pool busy, which delayed a
        // timer on it by as long as the build took.
        let signals = TerminationSignals { _ in
            Thread.detachNewThread {
                usleep(100_000)
                console.error("Stopped.\n")
                _exit(0)
            }
        }
        let session: PreviewSession
        do {
            var options = try SiteOptions.buildOptions(arguments, in: context)
            let isPublic = arguments.has("public")
            if !isPublic {
                options.includeDrafts = true
                options.includeFuture = true
                options.showsEmbargoed = true
            }
            session = try PreviewSession(
                root: root, options: options,
                configuration: PreviewServer.Configuration(host: host, port: port), marksUnpublished: !isPublic
            ) { rebuild, changes in
                SiteOptions.print(rebuild.diagnostics, root: root, console: console)
                let milliseconds = Double(rebuild.duration.components.attoseconds) / 1e15 + Double(rebuild.duration.components.seconds) * 1000
                let what = changes.map { $0.paths.count == 1 ? $0.paths[0] : "\($0.paths.count) files" } ?? "the site"
                if rebuild.succeeded {
                    if changes == nil { console.error(SiteOptions.embargoLines(rebuild.leftOut)) }
                    let verb = changes == nil ? "Built" : "Rebuilt"
                    console.error("\(verb) \(what): \(rebuild.renderedPages) of \(rebuild.pageCount) pages in \(String(format: "%.0f", milliseconds)) ms\n")
                    // With --public, a saved draft changes no page: say why.
                    for article in rebuild.leftOut where changes?.changes[article.sourcePath] != nil && !article.explanationForEditors.isEmpty {
                        console.error("note: \(article.sourcePath) is \(article.explanationForEditors), so it is not in this preview\n")
                    }
                } else {
                    console.error("Build failed; serving the last good version. Fix the errors above and save again.\n")
                }
            }
        } catch {
            console.error("error: \(error)\n")
            return 1
        }
        guard signals.receivedSignal == nil else {
            session.stop()
            console.error("Stopped.\n")
            return 0
        }
        do {
            try session.watch()
        } catch {
            console.error("warning: cannot watch the site's files (\(error)); restart zeche serve after changes\n")
        }
        if host != "127.0.0.1", host != "::1", host != "localhost" {
            console.error("warning: listening on \(host): other computers on the network can see the preview\n")
        }
        console.output("Serving the preview at \(session.url) — press Ctrl-C to stop\n")
        console.output("All articles, their state and their mistakes: \(session.overviewURL)\n")
        _ = await Task.detached { signals.wait() }.value
        session.stop()
        console.error("Stopped.\n")
        return 0
    }
}
