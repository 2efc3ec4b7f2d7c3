public import Foundation
import Synchronization
public import ZecheKit

/// `zeche serve` as a library: runs the site's build pipeline into memory, serves the result,
/// watches the inputs and runs the pipeline again after each burst of edits, telling open
/// pages to reload. The pipeline's cache makes each run render only what the edit changed.
///
/// A failed run keeps serving the last good site and shows the errors in the browser; the
/// next good one removes them and reloads. Nothing is written to disk. The preview's clock
/// moves on: an article dated later is published by a run at its moment.
public final class PreviewSession: Sendable {
    /// What one rebuild did, for the console.
    public struct Rebuild: Sendable {
        public let diagnostics: [Diagnostic]
        /// From the start of the rebuild to the new site being served.
        public let duration: Duration
        public let renderedPages: Int
        public let pageCount: Int
        public let leftOut: [LeftOutArticle]
        public var succeeded: Bool { !diagnostics.containsErrors }
    }

    public let server: PreviewServer
    private let pipeline: Mutex<BuildPipeline>
    private let watcher = Mutex<FileWatcher?>(nil)
    private let report: @Sendable (Rebuild, SiteChangeSet?) -> Void
    private let clock: @Sendable () -> Date
    /// The moment of the next scheduled article and the number of the timer waiting for it;
    /// a newer timer makes the older ones do nothing.
    private let schedule = Mutex<(moment: Date?, generation: Int)>((nil, 0))
    /// The number of the newest overview being made.
    private let overviewGeneration = Atomic<Int>(0)

    /// Binds the server, builds the site once and serves it; `report` sees every build.
    /// `clock` gives the moment each run publishes for (the options' `now` is replaced).
    /// With `marksUnpublished`, drafts and future articles that the options include carry a
    /// badge in the pages (the editors' view); the editors' overview is at `/_zeche/`.
    ///
    /// The site's links are rewritten for the preview's address, so a site published under a
    /// path (`https://example.com/newsroom/`) works at `http://127.0.0.1:8000/` too.
    public init(
        root: URL, options: BuildOptions, configuration: PreviewServer.Configuration,
        clock: @escaping @Sendable () -> Date = { Date() }, marksUnpublished: Bool = false,
        report: @escaping @Sendable (Rebuild, SiteChangeSet?) -> Void
    ) throws(PreviewServerError) {
        server = try PreviewServer.start(configuration: configuration)
        var previewOptions = options
        previewOptions.baseURLOverride = BaseURL(server.url)
        pipeline = Mutex(BuildPipeline(root: root, options: previewOptions, fingerprintsAssets: false,
                                       marksUnpublished: marksUnpublished, updatesSearchIndex: true))
        self.report = report
        self.clock = clock
        rebuild(after: nil)
    }

    /// The address to open in a browser.
    public var url: String { server.url }

    /// The address of the editors' overview: every article with its state and mistakes.
    public var overviewURL: String { server.url + "_zeche/" }

    /// Starts watching `Content/`, `Templates/` and `site.yml`.
    public func watch(configuration: FileWatcher.Configuration = FileWatcher.Configuration()) throws(FileWatcherError) {
        let root = pipeline.withLock { $0.root }
        let started = try FileWatcher.start(root: root, configuration: configuration) { [weak self] changes in
            self?.rebuild(after: changes)
        }
        watcher.withLock { $0 = started }
    }

    /// Rebuilds what changed and serves it; shows the errors instead if the build fails.
    @discardableResult
    public func rebuild(after changes: SiteChangeSet?) -> Rebuild {
        let started = ContinuousClock.now
        // A change set the watcher marks incomplete (lost events) means: check every file.
        let changed = changes.flatMap { $0.isIncomplete ? nil : Set($0.paths) }
        let sink = MemorySink()
        let now = clock()
        // Runs (after an edit, or when an article is due) take turns, and each publishes what
        // it rendered before the next starts, so a slower run never lays older pages over newer.
        let result = pipeline.withLock { pipeline in
            pipeline.options.now = now
            let result = pipeline.run(changes: changed, into: sink)
            if result.succeeded {
                let files = Dictionary(uniqueKeysWithValues: sink.files.map { ("/" + $0.key, $0.value) })
                server.update { $0.updating(files, removing: Set(result.removedOutputs.map { "/" + $0 })) }
                server.notify(changes?.isStylesheetsOnly == true ? .css : .reload)
            } else {
                server.notify(.error(result.diagnostics.filter(\.isError).map(\.description)))
            }
            return result
        }
        publishOverview()
        schedulePublication(at: result.nextPublication)
        let rebuild = Rebuild(diagnostics: result.diagnostics, duration: ContinuousClock.now - started,
                              renderedPages: result.renderedPages, pageCount: result.pageCount, leftOut: result.leftOut)
        report(rebuild, changes)
        return rebuild
    }

    /// Makes the editors' overview of the run that just ended, away from the rebuild's path (it
    /// reads every article file's time), and serves it; a newer run's overview wins.
    private func publishOverview() {
        let (overview, root) = pipeline.withLock { ($0.articleOverview(), $0.root) }
        guard let overview else { return }
        let generation = overviewGeneration.add(1, ordering: .relaxed).newValue
        DispatchQueue.global().async { [weak self] in
            let page = EditorOverviewPage(overview: overview.readingModificationTimes(root: root), siteTitle: overview.siteTitle).html
            guard let self, self.overviewGeneration.load(ordering: .relaxed) == generation else { return }
            self.server.update { $0.updating([EditorOverviewPage.path: page]) }
            self.server.notify(.overview)
        }
    }

    /// Runs the pipeline again when the next article left out for its date is due.
    private func schedulePublication(at moment: Date?) {
        let generation: Int? = schedule.withLock { state in
            guard state.moment != moment else { return nil }
            state = (moment, state.generation + 1)
            return moment == nil ? nil : state.generation
        }
        guard let moment, let generation else { return }
        let delay = max(0, moment.timeIntervalSince(clock())) + 0.5
        DispatchQueue.global().asyncAfter(deadline: .now() + delay) { [weak self] in
            guard let self, self.schedule.withLock({ $0.generation == generation }) else { return }
            self.schedule.withLock { $0.moment = nil }
            self.rebuild(after: nil)
        }
    }

    /// Stops watching and serving.
    public func stop() {
        schedule.withLock { $0 = (nil, $0.generation + 1) }
        watcher.withLock { $0 }?.stop()
        server.stop()
    }
}
