import Foundation
import ZecheKit
import ZechePreview

/// `zeche serve`: the local preview with live reload.
enum ServeCommand: Command {
    static let name = "serve"
    static let summary = "preview the site locally, reloading on every change"
    static let synopsis = "serve [--port 8000] [--host 127.0.0.1] [--drafts] [--future] [--source DIR]"
    static let discussion = """
        Builds the site into memory (never into Output/), serves it at http://127.0.0.1:8000/ \
        and watches Content/, Templates/ and site.yml. After each change only the pages that \
        depend on it are rebuilt, and open pages reload; a stylesheet change swaps the styles \
        without a reload. A failed rebuild keeps serving the last good site and shows the errors \
        in the browser. The server listens on this computer only unless --host says otherwise, \
        and answers only requests for its own address (127.0.0.1, localhost, [::1] or the \
        --host name, with its port): a page of another site cannot read the preview through a \
        name that resolves to this computer. Stop it with Ctrl-C.
        """
    static let options: [ArgumentList.Option] = [
        .value("port", "PORT", "the port to listen on (default 8000; 0 picks a free one)"),
        .value("host", "HOST", "the address to listen on (default 127.0.0.1, this computer only)"),
        SiteOptions.drafts, SiteOptions.future, SiteOptions.source,
    ]

    static func run(_ arguments: ArgumentList, in context: CommandContext) async throws(UsageError) -> Int32 {
        guard arguments.positionals.isEmpty else { throw UsageError("unexpected argument '\(arguments.positionals[0])'") }
        let port = try arguments.integer("port", default: 8000, in: 0...65535)
        let host = arguments.value("host") ?? "127.0.0.1"
        let root = SiteOptions.root(arguments, in: context)
        let console = context.console
        let signals = TerminationSignals()
        let session: PreviewSession
        do {
            session = try PreviewSession(
                root: root, options: SiteOptions.buildOptions(arguments, in: context),
                configuration: PreviewServer.Configuration(host: host, port: port)
            ) { rebuild, changes in
                SiteOptions.print(rebuild.diagnostics, root: root, console: console)
                let milliseconds = Double(rebuild.duration.components.attoseconds) / 1e15 + Double(rebuild.duration.components.seconds) * 1000
                let what = changes.map { $0.paths.count == 1 ? $0.paths[0] : "\($0.paths.count) files" } ?? "the site"
                if rebuild.succeeded {
                    let verb = changes == nil ? "Built" : "Rebuilt"
                    console.error("\(verb) \(what): \(rebuild.renderedPages) of \(rebuild.pageCount) pages in \(String(format: "%.0f", milliseconds)) ms\n")
                } else {
                    console.error("Build failed; serving the last good version. Fix the errors above and save again.\n")
                }
            }
        } catch {
            console.error("error: \(error)\n")
            return 1
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
        _ = await Task.detached { signals.wait() }.value
        session.stop()
        console.error("Stopped.\n")
        return 0
    }
}
