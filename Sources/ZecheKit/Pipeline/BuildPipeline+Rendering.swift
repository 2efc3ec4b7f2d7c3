import Foundation
import Mustache

extension BuildPipeline {
    /// Renders the jobs at `indices` (in plan order) on all cores and hands each page to
    /// `sink`; with no sink, renders only for what the templates report. Jobs whose template
    /// is missing are left to the plan's error about it. Pages that list many articles are
    /// rendered first: a large tag page rendered last would leave the other cores idle.
    func render(_ indices: [Int], plan: SitePlan, sites: MultilingualSite, renderer: PageRenderer, into sink: (any OutputSink)?,
                progress: BuildProgress) -> [Diagnostic] {
        let indices = indices.filter { renderer.templates.contains(plan.jobs[$0].template) }
        progress.plan(indices.count + plan.copies.count)
        let outputLocation = SourceLocation(path: sink?.displayPath ?? "Output/")
        let sizes = indices.map { plan.listSize(of: plan.jobs[$0], sites: sites) }
        let order = indices.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        let results = Parallel.map(indices.count, order: order, makeState: { RenderBuffer() }) { (position: Int, buffer: inout RenderBuffer) -> [Diagnostic] in
            let job = plan.jobs[indices[position]]
            var warnings: [TemplateWarning] = []
            if let error = renderer.render(job, into: &buffer, warnings: &warnings) { return [error] }
            defer { progress.advance() }
            if let sink, let error = Self.write(buffer, to: job.outputPath, into: sink) {
                return [Self.diagnostic(error, at: outputLocation, output: outputLocation)]
            }
            return warnings.map { PageRenderer.diagnostic($0, isError: !sites.defaultSite.config.hasLenientTemplates) }
        }
        return Self.deduplicated(results.flatMap { $0 })
    }

    /// Copies the files whose source changed since the last good run (all on a first run);
    /// returns the signature of every source for the next run.
    func copy(_ copies: [SitePlan.Copy], into sink: some OutputSink, progress: BuildProgress)
        -> (diagnostics: [Diagnostic], signatures: [String: FileSignature], count: Int) {
        let root = self.root
        let output = SourceLocation(path: sink.displayPath)
        let previous = cache.previous?.copies ?? [:]
        let results = Parallel.map(copies.count) { index -> (FileSignature?, Diagnostic?, Bool) in
            let copy = copies[index]
            defer { progress.advance() }
            let source = root.appendingPathComponent(copy.sourcePath)
            let signature = FileSignature(path: source.path)
            // A file that cannot be read any more is an error, as in a cold build.
            if let signature, previous[copy.outputPath] == signature, access(source.path, R_OK) == 0,
               Self.keep(copy.outputPath, into: sink) {
                return (signature, nil, false)
            }
            do throws(OutputError) {
                try sink.copy(from: source, sourcePath: copy.sourcePath, to: copy.outputPath)
                return (signature, nil, true)
            } catch {
                return (signature, Self.diagnostic(error, at: SourceLocation(path: copy.sourcePath), output: output), false)
            }
        }
        var signatures: [String: FileSignature] = [:]
        for (copy, result) in zip(copies, results) { signatures[copy.outputPath] = result.0 }
        return (Self.deduplicated(results.compactMap(\.1)), signatures, results.filter(\.2).count)
    }

    /// Writes the feeds, the vCards, the sitemap and `robots.txt` where they changed. A feed is
    /// made again only when its signature (`PageSignatures.signature(of:epoch:articleKeys:)`:
    /// its list and the keys of its articles) is not the one it was last written with, so an
    /// edit makes the feeds that carry the article and no other, even when the plan is made
    /// anew. The sitemaps are made again only when their signature changed (their entries'
    /// URLs, dates and versions in other languages, `GeneratedFiles.Sitemaps`). While the plan
    /// of the last run holds (no article moved or changed its date), they and the vCards are as
    /// they were; otherwise the vCards, `robots.txt` and the redirect pages are written where
    /// their bytes changed.
    func writeGenerated(sites: MultilingualSite, plan: SitePlan, reusesPlan: Bool, feedSignatures: [Int],
                        into sink: some OutputSink) -> (diagnostics: [Diagnostic], hashes: [String: UInt64], count: Int) {
        let previous = cache.previous?.generated ?? [:]
        var hashes = reusesPlan ? previous : [:]
        var staleFeeds: [PlannedFeed] = []
        for (feed, signature) in zip(plan.feeds, feedSignatures) {
            let key = UInt64(bitPattern: Int64(signature))
            if previous[feed.atom.outputPath] != key || previous[feed.json.outputPath] != key
                || !Self.keep(feed.atom.outputPath, into: sink) || !Self.keep(feed.json.outputPath, into: sink) {
                staleFeeds.append(feed)
            }
            hashes[feed.atom.outputPath] = key
            hashes[feed.json.outputPath] = key
        }
        if reusesPlan {
            // The vCards, the sitemap and the redirects are as they were.
            let feedPaths = Set(plan.feeds.flatMap { [$0.atom.outputPath, $0.json.outputPath] })
            for path in previous.keys where !feedPaths.contains(path) { _ = Self.keep(path, into: sink) }
        }
        let feeds = GeneratedFiles.feeds(staleFeeds, sites: sites)
        let others = reusesPlan ? [] : GeneratedFiles.vCards(sites: sites) + [GeneratedFiles.robotsFile(sites: sites)]
            + GeneratedFiles.redirects(sites: sites, plan: plan)
        // The sitemaps are known by their signature, as the feeds are: an edit of an article's
        // text changes none, and they are kept without being made (the sitemap of 10,000
        // articles took 15 ms to make and compare).
        var staleSitemaps: [(path: String, text: String)] = []
        if !reusesPlan {
            let sitemaps = GeneratedFiles.sitemaps(sites: sites, plan: plan)
            let key = sitemaps.signature
            let paths = sitemaps.paths
            if !paths.allSatisfy({ previous[$0] == key && Self.keep($0, into: sink) }) { staleSitemaps = sitemaps.files }
            for path in paths { hashes[path] = key }
        }
        var diagnostics: [Diagnostic] = []
        var count = 0
        func write(_ bytes: [UInt8], to path: String) {
            if let error = Self.write(bytes, to: path, into: sink) {
                let output = SourceLocation(path: sink.displayPath)
                diagnostics.append(Self.diagnostic(error, at: output, output: output))
            } else {
                count += 1
            }
        }
        for file in feeds + staleSitemaps { write(Array(file.text.utf8), to: file.path) }
        for file in others {
            let bytes = Array(file.text.utf8)
            let hash = bytes.withUnsafeBytes { FileDigest.xxh64($0) }
            hashes[file.path] = hash
            if previous[file.path] != hash || !Self.keep(file.path, into: sink) { write(bytes, to: file.path) }
        }
        return (diagnostics, hashes, count)
    }

    /// Renders the pages `stale` with the list entries of the articles they show (all of them
    /// for a cold build); returns the diagnostics and the entries a next run of this pipeline
    /// reuses. A one-shot build keeps none: an archive's entries are a third of its model, and
    /// they are let go before the search index is made.
    func renderPages(_ stale: [Int], plan: SitePlan, sites: MultilingualSite, theme: Theme, stylesheet: String, epoch: Int,
                     articleKeys: [Int], patched: [Int]?, into sink: some OutputSink, progress: BuildProgress)
        -> (diagnostics: [Diagnostic], kept: (values: [TemplateValue], byPath: [String: (key: Int, value: TemplateValue)])) {
        let listed = listedArticles(of: stale, plan: plan, sites: sites)
        let summaries = summaryValues(sites: sites, epoch: epoch, articleKeys: articleKeys, patched: patched, only: listed)
        let renderer = self.renderer(theme: theme, sites: sites, plan: plan, stylesheet: stylesheet, summaries: summaries.values)
        let diagnostics = render(stale, plan: plan, sites: sites, renderer: renderer, into: sink, progress: progress)
        guard keepsContent else { return (diagnostics, ([], [:])) }
        // Entries not made this run are not kept as if they were.
        return (diagnostics, (listed == nil ? summaries.values : [], summaries.byPath))
    }

    /// The list entries of the articles of every language, by global index
    /// (`MultilingualSite.globalIndex`): those of the last good run where an article's key and
    /// the epoch are the same, new ones for the others.
    func summaryValues(sites: MultilingualSite, epoch: Int, articleKeys: [Int], patched: [Int]?, only needed: Set<Int>? = nil)
        -> (values: [TemplateValue], byPath: [String: (key: Int, value: TemplateValue)]) {
        let builders = sites.sites.map { site in
            ContextBuilder.Summaries(site: site, authorValues: Dictionary(uniqueKeysWithValues: site.authors.map {
                ($0.id, ContextBuilder.authorValue($0, site: site))
            }), marksStatus: marksUnpublished, sharesBylines: true)
        }
        let summary: @Sendable (Int) -> TemplateValue = { global in
            let position = sites.position(ofGlobal: global)
            return builders[position.language].summary(of: position.index)
        }
        if let patched, let last = cache.lastGood, last.summaries.count == sites.articleCount {
            var values = last.summaries
            var byPath = last.summaryKeys
            for index in patched {
                values[index] = summary(index)
                byPath[sites.article(atGlobal: index).sourcePath] = (Self.summaryKey(epoch, articleKeys[index]), values[index])
            }
            return (values, byPath)
        }
        let cached = cache.lastGood?.summaryKeys ?? [:]
        let keys = articleKeys.map { Self.summaryKey(epoch, $0) }
        let paths = sites.sites.flatMap { $0.articles.map(\.sourcePath) }
        let values = Parallel.map(paths.count) { index -> TemplateValue in
            // An entry no page of this run shows is not made (`listedArticles`).
            if let needed, !needed.contains(index) { return .null }
            if let hit = cached[paths[index]], hit.key == keys[index] { return hit.value }
            return summary(index)
        }
        var byPath: [String: (key: Int, value: TemplateValue)] = [:]
        byPath.reserveCapacity(needed?.count ?? values.count)
        for (index, path) in paths.enumerated() where needed?.contains(index) ?? true { byPath[path] = (keys[index], values[index]) }
        return (values, byPath)
    }

    /// The articles (global indices) whose list entries the pages `jobs` show, when only
    /// those need to be made: a one-shot build with the build cache, which renders few pages
    /// and keeps nothing for a next run. `nil`: every entry (the preview, a cold build).
    func listedArticles(of jobs: [Int], plan: SitePlan, sites: MultilingualSite) -> Set<Int>? {
        guard buildCache != nil, !keepsContent, jobs.count < plan.jobs.count else { return nil }
        var listed: Set<Int> = []
        for index in jobs {
            let job = plan.jobs[index]
            for article in job.articles { listed.insert(sites.globalIndex(language: job.language, index: article)) }
        }
        return listed
    }

    /// The renderer of this run's pages, with the articles' list entries `summaries`.
    func renderer(theme: Theme, sites: MultilingualSite, plan: SitePlan, stylesheet: String, summaries: [TemplateValue]) -> PageRenderer {
        PageRenderer(templates: theme.library,
                     contexts: ContextBuilder.languages(sites, stylesheetURL: stylesheet, summaries: summaries, marksStatus: marksUnpublished,
                                                        searchPages: plan.searchPages.mapValues(\.page)))
    }

    private static func summaryKey(_ epoch: Int, _ articleKey: Int) -> Int {
        var hasher = Hasher()
        hasher.combine(epoch)
        hasher.combine(articleKey)
        return hasher.finalize()
    }

    /// Writes a rendered page at `path`; the error, if the sink fails.
    private static func write(_ buffer: RenderBuffer, to path: String, into sink: any OutputSink) -> OutputError? {
        buffer.withUnsafeBytes { write(raw: $0, to: path, into: sink) }
    }

    /// Writes `bytes` at `path`; the error, if the sink fails.
    private static func write(_ bytes: [UInt8], to path: String, into sink: any OutputSink) -> OutputError? {
        bytes.withUnsafeBytes { write(raw: $0, to: path, into: sink) }
    }

    private static func write(raw: UnsafeRawBufferPointer, to path: String, into sink: any OutputSink) -> OutputError? {
        do throws(OutputError) {
            try sink.write(raw, to: path)
            return nil
        } catch {
            return error
        }
    }

    /// An output error at its place; a full disk at the output folder, once for the site.
    static func diagnostic(_ error: OutputError, at location: SourceLocation, output: SourceLocation) -> Diagnostic {
        .error(error.description, at: error == .diskFull ? output : location, fix: error.fix)
    }

    /// Each diagnostic once per headline: a mistake in the layout is found by every template
    /// that extends it, each time with another chain of notes; the first page's is kept.
    static func deduplicated(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<String> = []
        return diagnostics.filter { seen.insert($0.headline).inserted }
    }
}
