public import Foundation
import Mustache

/// The one pipeline of `zeche build`, `zeche check` and `zeche serve`: load and check the
/// content, load and check the theme, plan every output file, render what changed, and hand
/// the files to a sink (the staging folder, the preview's memory, or nowhere).
///
/// A pipeline keeps a cache from run to run (`PipelineCache`): the first run does everything,
/// later runs (the preview's, after an edit) reread only changed files and render only the
/// pages whose inputs changed, which the plan says. Whatever the sequence of runs, what a run
/// hands to the sink, laid over what earlier successful runs handed to it, is byte for byte
/// what a first run would write.
///
/// Every stage runs even when an earlier one found mistakes, as far as it can, so that one
/// run reports every mistake of the site.
public struct BuildPipeline: Sendable {
    public let root: URL
    public var options: BuildOptions
    /// Whether the stylesheet's URL carries a hash of its bytes (`site.css?v=1a2b3c4d`), so
    /// that browsers never keep an old one. The preview leaves it out: a stylesheet change then
    /// swaps the styles of open pages without rendering any page again.
    public let fingerprintsAssets: Bool
    /// Whether drafts and future articles carry a badge in the pages (`status`): the preview
    /// shows the editors what is not public yet. A build never marks them.
    public let marksUnpublished: Bool
    /// Whether the search index is kept from run to run, so that a run after an edit analyses
    /// only the articles that changed and writes only the index files that changed (the
    /// preview). A build makes it once and keeps nothing of it.
    public let updatesSearchIndex: Bool
    /// The build cache `build(into:)` reads and writes (`zeche build` without `--no-cache`);
    /// `nil` builds cold and keeps nothing on disk.
    public var buildCache: BuildCache?
    /// Whether the files read and the Markdown rendered are kept for the next run, which then
    /// rereads only what changed (the preview). A one-shot build lets go of them once the site
    /// is resolved, so that a large archive's sources are not in memory while pages render.
    public var keepsContent = true
    /// Whether the process ends once this pipeline's build is reported (`zeche build`). What a
    /// small warm build lets go between its stages is then left to the exit instead of being
    /// freed object by object on the other core (`letGo`).
    public var exitsAfterRun = false
    var cache = PipelineCache()

    public init(root: URL, options: BuildOptions, fingerprintsAssets: Bool = true, marksUnpublished: Bool = false,
                updatesSearchIndex: Bool = false) {
        self.root = root.standardizedFileURL
        self.options = options
        self.fingerprintsAssets = fingerprintsAssets
        self.marksUnpublished = marksUnpublished
        self.updatesSearchIndex = updatesSearchIndex
    }

    /// Runs every stage and hands the files that changed since the last successful run (all
    /// of them on the first run) to `sink`. On an error nothing more is handed over than was
    /// already written; the cache keeps the last good state and remembers the changes, so the
    /// next run builds them too.
    ///
    /// `changes`, when known (from a file watcher), names the site-relative paths that changed
    /// since the last run: unchanged content files are then not even looked at. Without it,
    /// every file's signature is checked.
    public mutating func run(changes: Set<String>? = nil, into sink: some OutputSink,
                             progress: BuildProgress = BuildProgress()) -> BuildResult {
        run(changes: changes, into: sink, progress: progress, seeding: startSeedingContentCache())
    }

    /// `run`, with the content cache already being read (`startSeedingContentCache`): a build
    /// starts reading it before it prepares its staging folder.
    mutating func run(changes: Set<String>? = nil, into sink: some OutputSink, progress: BuildProgress,
                      seeding: ContentSeeding?) -> BuildResult {
        let (result, sites) = runStages(changes: changes, into: sink, progress: progress, seeding: seeding)
        // A one-shot build keeps no site: it was let go during the run.
        cache.lastRun = sites.map { ($0, result.diagnostics) }
        return result
    }

    /// Lets go of what the pipeline keeps of its runs on another thread, so that a caller
    /// that is done with it need not wait while a large site is freed.
    public mutating func releaseRunsInBackground() {
        var kept = PipelineCache()
        // Swapped out first, so that the release thread, not this one, holds the last reference.
        swap(&cache, &kept)
        BackgroundRelease.release(consume kept)
    }

    /// Lets go of what a stage is done with: freed on another thread, or not at all when the
    /// process exits after this build, the build is warm (`isWarm`: it read the content cache)
    /// and the process holds less than `GlibcHeap.trimmedFrom`. Freeing a 10,000-article site
    /// object by object took 50 ms of CPU on the core the build shares it with, for memory the
    /// exit gives back whole. A cold build frees as before: its later stages take much more
    /// memory, and what it kept would add to their peak (172 → 181 MiB at 10,000 articles).
    /// `nil`: nothing to wait for.
    @discardableResult
    private func letGo<Value: Sendable>(_ value: consuming Value, isWarm: Bool) -> BackgroundRelease.Release? {
        guard exitsAfterRun, isWarm, !GlibcHeap.holdsEnoughToTrim else { return BackgroundRelease.release(value) }
        BackgroundRelease.leave(value)
        return nil
    }

    private mutating func runStages(changes: Set<String>?, into sink: some OutputSink, progress: BuildProgress,
                                    seeding: ContentSeeding?) -> (BuildResult, MultilingualSite?) {
        let changes = cache.changes(adding: changes)
        var loader = SiteLoader(root: root)
        // A one-shot build keeps the bodies of its articles in files, not in memory.
        let bodyStores = keepsContent ? nil : BodyStores()
        loader.bodyStores = bodyStores
        loader.keepsResolvedSite = keepsContent
        let cacheFolder = buildCache?.folder
        var seed: ContentSeed?
        let readBuildCache = buildCacheReader()
        var buildCacheReading: BackgroundResult<BuildCache.Loaded>?
        let (themeLoader, lastTheme) = (ThemeLoader(root: root), cache.theme)
        var themeLoading: BackgroundResult<ThemeLoader.Loaded>?
        let content = loader.load(options, cache: &cache.content, changes: changes) { contentCache, articleFiles in
            seed = Self.seed(&contentCache, from: seeding)
            // A cold build writes every part of the content cache: the bodies go into them at once.
            if let seed, seed.counts == nil, let cacheFolder {
                bodyStores?.makeParts(count: ContentStore.partCount(articles: articleFiles), in: cacheFolder)
            }
            // The content cache is in: the other core is free while this one assembles the site.
            buildCacheReading = readBuildCache?()
            themeLoading = BackgroundResult { themeLoader.load(reusing: lastTheme) }
        }
        let isWarm = seed?.counts != nil
        let contentSave = startSavingContentCache(seed, changedPaths: content.changedPaths, bodyStores: bodyStores)
        startReadingBuildCache(started: buildCacheReading)
        cache.bumpVersions(of: content.changedPaths)
        // Signatures kept on disk need versions that mean the same in the next process.
        if buildCache != nil { cache.versions = ContentVersions.make(sites: content.sites, content: cache.content) }
        var contentRelease: BackgroundRelease.Release?
        if !keepsContent {
            // The next load then reads everything; its site gets a number of its own.
            var emptied = ContentCache()
            emptied.nextGeneration = cache.content.nextGeneration
            // Swapped out first, so that the release thread, not this one, holds the last reference.
            swap(&cache.content, &emptied)
            contentRelease = letGo(consume emptied, isWarm: isWarm)
        }
        var diagnostics = content.diagnostics
        let themeLoad = themeLoading?.wait() ?? themeLoader.load(reusing: lastTheme)
        diagnostics += themeLoad.diagnostics
        let sites = content.sites
        guard let theme = themeLoad.theme else {
            // Without templates nothing renders, but the rest is planned and checked.
            let plan = SitePlan(sites: sites, templateNames: themeLoad.templateNames, assets: themeLoad.assets)
            diagnostics += plan.diagnostics + SiteLinkCheck.check(sites: sites, outputPaths: plan.outputPaths)
            cache.pendingChanges = changes
            var result = BuildResult(diagnostics: diagnostics.sorted(), sites: sites)
            result.notes = contentSave.notes()
            return (result, sites)
        }
        cache.theme = theme
        let templateNames = themeLoad.templateNames
        let earlierArticles = content.earlierArticles
        let stylesheet = stylesheetURL(site: sites.defaultSite, theme: theme)
        let signatures = PageSignatures(sites: sites, root: root, options: options, versions: cache.versions)
        let searchPages = SitePlan.searchPages(of: sites, has: templateNames.contains)
        // The languages with a search index, as the plan will have them (`plan.searchPages`).
        let searchLanguages = searchPages.map(\.language)
        let epoch = signatures.epoch(stylesheetURL: stylesheet, marksStatus: marksUnpublished,
                                     searchURL: searchPages.isEmpty ? nil : searchPages.map(\.page.url).joined(separator: " "))
        receiveBuildCache()
        let previous = cache.previous
        // A warm build of a small site makes its search index on the other core from here on,
        // while this one plans, compares and renders the pages: the index is the longest of a
        // warm build's stages. The articles' keys, which its signature needs, are made first,
        // for both, on one thread (this one needs them once the plan is made); then the index
        // takes its documents from the site, only if it is not kept as it was. (With the
        // documents made beside the keys, three threads shared the two cores and the pages
        // waited for the keys.) No site with mistakes gets an index (nothing is written then);
        // one whose plan finds mistakes waits for it before it stops. An index made beside the
        // pages has its state written only once the build succeeds (`saveSearchStates`): a
        // failed build leaves the last good one's, which the build cache names.
        // The index's inputs come back with it, to be let go with the others' (`letGo`), not on
        // that core while the build waits for it.
        var searching: BackgroundResult<(written: SearchIndexesWritten, inputs: [SearchInput])>?
        // Both the index and the pages need the keys: shared, not taken (`BackgroundResult.share`).
        var keying: BackgroundResult<[Int]>?
        if isWarm, sink.keepsFiles, !GlibcHeap.holdsEnoughToTrim, previous != nil, !diagnostics.containsErrors {
            let pipeline = self
            let making = BackgroundResult { (0..<sites.articleCount).map { signatures.key(ofArticle: $0) } }
            keying = making
            searching = BackgroundResult {
                let inputs = pipeline.searchInputs(sites: sites, languages: searchLanguages, signatures: signatures, epoch: epoch,
                                                   articleKeys: making.share() ?? [], earlier: earlierArticles, sink: sink)
                return (pipeline.writeSearchIndexes(inputs, into: sink, savesStates: false), inputs)
            }
        }
        // The last good run's plan holds while the site is a patch of the one it was made for
        // and the theme has the same templates and assets.
        let last = cache.lastGood.flatMap { last in
            last.structure == content.structure && content.structure != nil ? last : nil
        }
        let reusedPlan = last.flatMap { last in
            last.theme.library.templateNames == theme.library.templateNames && last.theme.assets == theme.assets ? last.plan : nil
        }
        let plan = reusedPlan ?? SitePlan(sites: sites, templateNames: themeLoad.templateNames, assets: theme.assets)
        diagnostics += plan.diagnostics
        let outputPaths = plan.outputPaths
        diagnostics += SiteLinkCheck.check(sites: sites, outputPaths: outputPaths)

        // Unchanged places and the same epoch: only the pages showing a changed article can
        // differ. Otherwise every page is compared by its signature.
        let patched: [Int]? = last.flatMap { last in
            reusedPlan != nil && last.epoch == epoch && content.isPatch
                ? content.changedPaths.compactMap { sites.globalIndex(ofFile: $0) } : nil
        }
        var articleKeys: [Int]
        let jobsByArticle: [[Int]]
        var candidates: [Int]
        if let patched, let last {
            articleKeys = last.articleKeys
            for index in patched { articleKeys[index] = signatures.key(ofArticle: index) }
            jobsByArticle = last.jobsByArticle
            candidates = Array(Set(patched.flatMap { jobsByArticle[$0] })).sorted()
        } else {
            articleKeys = keying?.share() ?? Parallel.map(sites.articleCount) { signatures.key(ofArticle: $0) }
            jobsByArticle = plan.jobsByArticle(sites: sites)
            candidates = Array(plan.jobs.indices)
        }
        if searching == nil, previous != nil, !diagnostics.containsErrors, !GlibcHeap.holdsEnoughToTrim {
            let (pipeline, keys) = (self, articleKeys)
            searching = BackgroundResult {
                let inputs = pipeline.searchInputs(sites: sites, languages: searchLanguages, signatures: signatures,
                                                   epoch: epoch, articleKeys: keys, earlier: earlierArticles, sink: sink)
                return (pipeline.writeSearchIndexes(inputs, into: sink, savesStates: false), inputs)
            }
        }
        let changedTemplates = previous.map { theme.changedTemplates(since: $0.templateFiles) }
        if changedTemplates?.isEmpty == false { candidates = Array(plan.jobs.indices) }
        let lastSignatures = previous?.pages ?? [:]
        let candidateSignatures = candidates.map { signatures.signature(of: plan.jobs[$0], epoch: epoch, articleKeys: articleKeys) }
        var stale = zip(candidates, candidateSignatures).filter { index, signature in
            let job = plan.jobs[index]
            return lastSignatures[job.outputPath] != signature || changedTemplates.map { theme.uses($0, from: job.template) } ?? true
        }.map(\.0)

        var result = BuildResult(diagnostics: [], sites: sites)
        result.pageCount = plan.jobs.count
        guard !diagnostics.containsErrors else {
            // An index started before the plan found the mistakes writes nothing after this.
            _ = searching?.wait()
            // Nothing is written; the pages of templates that changed since the last good run
            // (all on a first run) are rendered only for what the templates say about them.
            let checked = plan.jobs.indices.filter { index in
                changedTemplates.map { theme.uses($0, from: plan.jobs[index].template) } ?? true
            }
            let summaries = summaryValues(sites: sites, epoch: epoch, articleKeys: articleKeys, patched: patched,
                                          only: listedArticles(of: checked, plan: plan, sites: sites))
            let renderer = self.renderer(theme: theme, sites: sites, plan: plan, stylesheet: stylesheet, summaries: summaries.values)
            diagnostics += render(checked, plan: plan, sites: sites, renderer: renderer, into: nil, progress: progress)
            cache.pendingChanges = changes
            result.diagnostics = diagnostics.sorted()
            result.notes = contentSave.notes()
            return (result, sites)
        }
        // Otherwise a build that renders few pages (one after an edit) makes its search index on
        // the other core meanwhile; one that renders many makes it after them, when the site's
        // memory is free again.
        if searching == nil, previous != nil, stale.count * 4 < plan.jobs.count {
            let inputs = searchInputs(sites: sites, languages: searchLanguages, signatures: signatures, epoch: epoch,
                                      articleKeys: articleKeys, earlier: earlierArticles, sink: sink)
            let pipeline = self
            searching = BackgroundResult { (pipeline.writeSearchIndexes(inputs, into: sink), inputs) }
        }
        // The other pages are as the last good run left them; one the sink cannot keep is made anew.
        if previous != nil { stale = keepUnchangedPages(plan: plan, stale: stale, templates: theme.library, into: sink) }
        // A one-shot build's stages free most of what the one before made (`GlibcHeap`): the
        // drafts and rendered bodies of a large site are gone before the pages render. A small
        // one's are freed meanwhile, without holding the pages up.
        if !keepsContent, GlibcHeap.holdsEnoughToTrim {
            contentRelease?.wait()
            GlibcHeap.returnFreePages()
        }
        let (rendered, summaries) = renderPages(stale, plan: plan, sites: sites, theme: theme, stylesheet: stylesheet,
                                                epoch: epoch, articleKeys: articleKeys, patched: patched, into: sink, progress: progress)
        let copied = copy(plan.copies, into: sink, progress: progress)
        let archived = writeArchives(plan.archives, into: sink)
        let generated = writeGenerated(sites: sites, plan: plan, reusesPlan: patched != nil, feedSignatures: plan.feeds.map {
            signatures.signature(of: $0, epoch: epoch, articleKeys: articleKeys)
        }, into: sink)
        let searchInputs = searching != nil ? [] : self.searchInputs(sites: sites, languages: searchLanguages,
                                                                      signatures: signatures, epoch: epoch,
                                                                      articleKeys: articleKeys, earlier: earlierArticles, sink: sink)
        // A one-shot build lets its site go before the search index is made: the index needs
        // only its documents, and the model of a large archive is half of what the build holds.
        // It is freed on another thread; only a large one is waited for, as its index needs the memory.
        let structure = content.structure
        let kept = keepsContent ? sites : nil
        let siteRelease = letGo((consume content, consume signatures, consume sites), isWarm: isWarm)
        if !keepsContent, GlibcHeap.holdsEnoughToTrim {
            siteRelease?.wait()
            GlibcHeap.returnFreePages()
        }
        let searched = searching?.wait()
        var search = searched?.written ?? writeSearchIndexes(searchInputs, into: sink)
        // Every article's search text: freed on another thread, not by this one's last steps.
        letGo((consume searchInputs, searched?.inputs, consume searching), isWarm: isWarm)
        result.notes = contentSave.notes()
        // A full disk fails every stage that writes: it is one error.
        diagnostics += Self.deduplicated(rendered + copied.diagnostics + archived.diagnostics + generated.diagnostics + search.diagnostics)
        if bodyStores?.hasFailed == true {
            diagnostics.append(.error("the articles' bodies could not be read back from the build's temporary files", at: nil,
                                      fix: "check the disks of the temporary folder (TMPDIR) and of \(BuildCache.folderName)/, and build again"))
        }
        if seed?.layout?.hasFailed == true {
            cache.contentCacheIsDamaged = true
            diagnostics.append(.error("the articles' bodies could not be read back from the content cache (\(BuildCache.folderName)/\(ContentStore.fileName)-…)",
                                      at: SourceLocation(path: BuildCache.folderName + "/" + ContentStore.fileName),
                                      fix: "delete \(BuildCache.folderName)/ and build again"))
        }
        result.diagnostics = diagnostics.sorted()
        guard !result.diagnostics.containsErrors else {
            cache.pendingChanges = changes
            return (result, kept)
        }

        // Every page has the signature it was last rendered with: the candidates' are new, the
        // others' are as they were.
        var pageSignatures = candidates.count == plan.jobs.count ? [:] : lastSignatures
        // At its size at once: grown entry by entry, the table of 20,000 pages was copied a
        // dozen times (8 ms of a warm build, at its end).
        pageSignatures.reserveCapacity(plan.jobs.count)
        for (index, signature) in zip(candidates, candidateSignatures) { pageSignatures[plan.jobs[index].outputPath] = signature }
        let allOutputs = outputPaths.union(search.paths)
        result.renderedPages = stale.count
        result.writtenFiles = stale.count + copied.count + archived.count + generated.count + search.count
        result.analysedSearchDocuments = search.analysed
        result.searchUpdatesByEarlierDocuments = search.updatesByEarlierDocuments
        saveSearchStates(&search)
        result.notes += search.notes
        result.fileCount = allOutputs.count
        // What the preview's server must stop serving; a one-shot build's staging folder simply lacks them.
        if keepsContent { result.removedOutputs = (previous?.outputs ?? []).subtracting(allOutputs) }
        cache.lastGood = RenderedSite(
            structure: structure ?? 0, plan: plan, theme: theme, epoch: epoch, articleKeys: articleKeys,
            jobsByArticle: jobsByArticle, pageSignatures: pageSignatures,
            summaries: summaries.values, summaryKeys: summaries.byPath, copySignatures: copied.signatures, generatedHashes: generated.hashes,
            searchIndex: search.runs, outputs: allOutputs, archiveSignatures: archived.signatures)
        cache.pendingChanges = []
        return (result, kept)
    }

    /// The stylesheet's URL, with a hash of its bytes when the pipeline fingerprints assets.
    private func stylesheetURL(site: Site, theme: Theme) -> String {
        let stylesheet = site.config.urls.asset("site.css").url
        guard fingerprintsAssets, theme.assets.contains("Templates/assets/site.css") else { return stylesheet }
        return stylesheet + "?v=" + ContentHash.of(file: root.appendingPathComponent("Templates/assets/site.css"))
    }
}
