public import Foundation
import Synchronization
public import ZecheKit

/// `zeche serve` as a library: builds the site into memory, serves it, watches the inputs and
/// rebuilds incrementally after each burst of edits, telling open pages to reload.
///
/// A failed rebuild keeps serving the last good site and shows the errors in the browser; the
/// next good one removes them and reloads. Nothing is written to disk.
public final class PreviewSession: Sendable {
    /// What one rebuild did, for the console.
    public struct Rebuild: Sendable {
        public let diagnostics: [Diagnostic]
        /// From the start of the rebuild to the new site being served.
        public let duration: Duration
        public let renderedPages: Int
        public let pageCount: Int
        public var succeeded: Bool { !diagnostics.containsErrors }
    }

    public let server: PreviewServer
    private let builder: Mutex<IncrementalBuilder>
    private let watcher = Mutex<FileWatcher?>(nil)
    private let report: @Sendable (Rebuild, SiteChangeSet?) -> Void

    /// Binds the server, builds the site once and serves it; `report` sees every build.
    ///
    /// The site's links are rewritten for the preview's address, so a site published under a
    /// path (`https://example.com/newsroom/`) works at `http://127.0.0.1:8000/` too.
    public init(
        root: URL, options: BuildOptions, configuration: PreviewServer.Configuration,
        report: @escaping @Sendable (Rebuild, SiteChangeSet?) -> Void
    ) throws(PreviewServerError) {
        server = try PreviewServer.start(configuration: configuration)
        var previewOptions = options
        previewOptions.baseURLOverride = server.url
        builder = Mutex(IncrementalBuilder(root: root, options: previewOptions))
        self.report = report
        rebuild(after: nil)
    }

    /// The address to open in a browser.
    public var url: String { server.url }

    /// Starts watching `Content/`, `Templates/` and `site.yml`.
    public func watch(configuration: FileWatcher.Configuration = FileWatcher.Configuration()) throws(FileWatcherError) {
        let root = builder.withLock { $0.root }
        let started = try FileWatcher.start(root: root, configuration: configuration) { [weak self] changes in
            self?.rebuild(after: changes)
        }
        watcher.withLock { $0 = started }
    }

    /// Rebuilds what changed and serves it; shows the errors instead if the build fails.
    @discardableResult
    public func rebuild(after changes: SiteChangeSet?) -> Rebuild {
        let clock = ContinuousClock()
        let start = clock.now
        // A change set the watcher marks incomplete (lost events) means: check every file.
        let changed = changes.flatMap { $0.isIncomplete ? nil : Set($0.paths) }
        let result = builder.withLock { $0.build(changes: changed) }
        if result.succeeded {
            let changed = Dictionary(uniqueKeysWithValues: result.changedFiles.map { ("/" + $0.key, $0.value) })
            server.publish(server.snapshot.updating(changed, removing: Set(result.removedFiles.map { "/" + $0 })))
            server.notify(changes?.isStylesheetsOnly == true ? .css : .reload)
        } else {
            server.notify(.error(result.diagnostics.filter(\.isError).map(\.description)))
        }
        let rebuild = Rebuild(diagnostics: result.diagnostics, duration: clock.now - start,
                              renderedPages: result.renderedPages, pageCount: result.pageCount)
        report(rebuild, changes)
        return rebuild
    }

    /// Stops watching and serving.
    public func stop() {
        watcher.withLock { $0 }?.stop()
        server.stop()
    }
}
