public import Foundation
import Mustache

/// Builds a site into memory and, on each later call, re-renders only the pages whose inputs
/// changed: what the preview server serves.
///
/// Every page has a signature: the template it uses, and the identity and version of every
/// article, author or page its context shows (an article page shows its neighbours and its
/// related articles too; an index page its ten articles). An article's version changes when its
/// file is read anew or its body is rendered anew. A change to `site.yml`, the interface
/// strings, an author or a template the page uses changes the signatures of all pages it
/// affects. Pages whose signature is unchanged keep their bytes; the Markdown of unchanged files,
/// the compiled templates and the list entries of unchanged articles are reused.
public struct IncrementalBuilder: Sendable {
    /// What one build or rebuild produced.
    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        /// Output paths (relative, e.g. `2026/11/x/index.html`) with their new bytes.
        public var changedFiles: [String: [UInt8]] = [:]
        /// Output paths that no longer exist.
        public var removedFiles: Set<String> = []
        /// How many pages were rendered (the rest were reused).
        public var renderedPages = 0
        public var pageCount = 0
        public var articleCount = 0
        public var succeeded: Bool { !diagnostics.containsErrors }
    }

    public let root: URL
    public var options: BuildOptions
    private var loader: SiteLoader
    private var templates: TemplateState?
    private var pageSignatures: [String: Int] = [:]
    private var copySignatures: [String: FileSignature] = [:]
    private var outputs: Set<String> = []
    private var versions: [String: Int] = [:]
    private var nextVersion = 1
    private var summaries: [String: (key: Int, value: TemplateValue)] = [:]
    /// The list entries of the last good build, in article order.
    private var lastSummaries: [TemplateValue] = []
    /// The plan and asset list of the last good build, reused while only text changes, with
    /// the article keys and page signatures of that build and, for each article, the pages
    /// that show it.
    private var lastPlan: (plan: SitePlan, assets: [String], outputPaths: Set<String>)?
    private var last: (epoch: Int, articleKeys: [Int], signatures: [Int], jobsByArticle: [[Int]])?

    public init(root: URL, options: BuildOptions) {
        self.root = root.standardizedFileURL
        self.options = options
        loader = SiteLoader(root: self.root)
    }

    /// The templates with the signatures of their files, reloaded when any file changes.
    struct TemplateState: Sendable {
        let files: [String: FileSignature]
        let library: TemplateLibrary
    }

    /// Builds, or rebuilds what changed since the last call. On errors nothing changes: the
    /// last good output stays, and the result carries the diagnostics.
    ///
    /// `changes`, when known (from a file watcher), names the site-relative paths that changed:
    /// then unchanged content files are not even looked at. Without it, every file's signature
    /// is checked.
    public mutating func build(changes: Set<String>? = nil) -> Result {
        let loaded = loader.load(options.loaderOptions, changes: changes)
        var diagnostics = loaded.diagnostics
        for path in loaded.rereadPaths { versions[path] = nextVersion; nextVersion += 1 }
        // With the changes known and none in Templates/, the theme is as it was.
        let themeUnchanged = changes.map { !$0.contains { $0.hasPrefix("Templates/") } } ?? false
        let assets: [String]
        let templateState: TemplateState?
        let changedTemplates: Set<String>?
        if themeUnchanged, let templates, let lastPlan {
            (assets, templateState, changedTemplates) = (lastPlan.assets, templates, [])
        } else {
            var walker = FolderWalker()
            let templateFiles = walker.files(in: "Templates", root: root).filter { $0.hasSuffix(".mustache") }
            assets = walker.files(in: "Templates/assets", root: root)
            diagnostics += walker.diagnostics
            (templateState, changedTemplates) = loadTemplates(templateFiles, into: &diagnostics)
        }
        guard let site = loaded.site, let templateState, !diagnostics.containsErrors else {
            return Result(diagnostics: diagnostics.sorted())
        }
        let library = templateState.library
        // A patch keeps every page where it was: the plan of the last build still holds.
        let reusesPlan = loaded.isPatch && changedTemplates?.isEmpty == true && lastPlan?.assets == assets
        let plan: SitePlan
        var outputPaths: Set<String>
        if reusesPlan, let last = lastPlan {
            (plan, outputPaths) = (last.plan, last.outputPaths)
        } else {
            plan = SitePlan(site: site, templates: library, assets: assets)
            outputPaths = Set(plan.jobs.map(\.outputPath)).union(plan.copies.map(\.outputPath))
            outputPaths.formUnion(SitePlan.generatedFiles)
        }
        diagnostics += plan.diagnostics
        diagnostics += RootRelativeLinks.check(site: site, outputPaths: outputPaths)
        guard !diagnostics.containsErrors else { return Result(diagnostics: diagnostics.sorted()) }

        // The stylesheet keeps one URL in the preview: a changed stylesheet is swapped by the
        // browser without touching the pages.
        let epoch = self.epoch(site: site)
        // After a patch with the same epoch, only the changed articles and the pages that show
        // them need new keys and signatures; everything else is as the last build left it.
        let patched: [Int]? = reusesPlan && last?.epoch == epoch
            ? loaded.rereadPaths.compactMap { path in site.articles.firstIndex { $0.sourcePath == path } } : nil
        var articleKeys: [Int]
        var signatures: [Int]
        let jobsByArticle: [[Int]]
        var candidates: [Int]
        if let patched, let last {
            articleKeys = last.articleKeys
            for index in patched { articleKeys[index] = key(of: site.articles[index], site: site) }
            signatures = last.signatures
            jobsByArticle = last.jobsByArticle
            candidates = Array(Set(patched.flatMap { jobsByArticle[$0] })).sorted()
            for index in candidates { signatures[index] = signature(of: plan.jobs[index], site: site, epoch: epoch, articleKeys: articleKeys) }
        } else {
            articleKeys = site.articles.map { key(of: $0, site: site) }
            signatures = plan.jobs.map { signature(of: $0, site: site, epoch: epoch, articleKeys: articleKeys) }
            var byArticle = Array(repeating: [Int](), count: site.articles.count)
            for (index, job) in plan.jobs.enumerated() {
                for article in dependencies(of: job, site: site) { byArticle[article].append(index) }
            }
            jobsByArticle = byArticle
            candidates = Array(plan.jobs.indices)
        }
        var summaryList: [TemplateValue]
        if let patched, lastSummaries.count == site.articles.count {
            summaryList = lastSummaries
            let builder = ContextBuilder.Summaries(site: site, authorValues: Dictionary(uniqueKeysWithValues: site.authors.map {
                ($0.id, ContextBuilder.authorValue($0, site: site))
            }))
            for index in patched { summaryList[index] = builder.summary(of: index) }
        } else {
            summaryList = summaryValues(site: site, epoch: epoch, articleKeys: articleKeys)
        }
        let contexts = ContextBuilder(site: site, stylesheetURL: site.config.sitePath("assets/site.css"), summaries: summaryList)
        let renderer = PageRenderer(templates: library, contexts: contexts)
        if changedTemplates?.isEmpty != true { candidates = Array(plan.jobs.indices) }
        let stale = candidates.filter { index in
            pageSignatures[plan.jobs[index].outputPath] != signatures[index]
                || uses(plan.jobs[index].template, changedTemplates, library: library)
        }
        let rendered = Parallel.map(stale.count, makeState: { RenderBuffer() }) { (position: Int, buffer: inout RenderBuffer) -> ([UInt8], [Diagnostic]) in
            var warnings: [TemplateWarning] = []
            if let error = renderer.render(plan.jobs[stale[position]], into: &buffer, warnings: &warnings) { return ([], [error]) }
            return (buffer.bytes, warnings.map(PageRenderer.diagnostic))
        }
        diagnostics += SiteBuilder.deduplicated(rendered.flatMap(\.1))
        guard !diagnostics.containsErrors else { return Result(diagnostics: diagnostics.sorted()) }

        var result = Result(diagnostics: diagnostics.sorted())
        for (position, index) in stale.enumerated() {
            result.changedFiles[plan.jobs[index].outputPath] = rendered[position].0
        }
        var newCopySignatures: [String: FileSignature] = [:]
        for copy in plan.copies {
            guard let signature = FileSignature(path: root.appendingPathComponent(copy.sourcePath).path) else { continue }
            newCopySignatures[copy.outputPath] = signature
            if copySignatures[copy.outputPath] != signature,
               let data = FileManager.default.contents(atPath: root.appendingPathComponent(copy.sourcePath).path) {
                result.changedFiles[copy.outputPath] = [UInt8](data)
            }
        }
        let newest = Set(site.articles.prefix(GeneratedFiles.feedEntryCount).map(\.sourcePath))
        let generated = !reusesPlan ? GeneratedFiles.make(site: site, plan: plan)
            : loaded.rereadPaths.contains(where: newest.contains) ? GeneratedFiles.feeds(site: site) : []
        for file in generated {
            result.changedFiles[file.path] = Array(file.text.utf8)
        }
        result.removedFiles = outputs.subtracting(outputPaths)
        result.renderedPages = stale.count
        result.pageCount = plan.jobs.count
        result.articleCount = site.articles.count

        // Remember only now: a failed build above leaves the state of the last good one.
        if patched != nil {
            for index in stale { pageSignatures[plan.jobs[index].outputPath] = signatures[index] }
        } else {
            pageSignatures = Dictionary(uniqueKeysWithValues: zip(plan.jobs.map(\.outputPath), signatures))
        }
        last = (epoch, articleKeys, signatures, jobsByArticle)
        lastSummaries = summaryList
        if let patched {
            for index in patched {
                summaries[site.articles[index].sourcePath] = nil
            }
        }
        copySignatures = newCopySignatures
        outputs = outputPaths
        lastPlan = (plan, assets, outputPaths)
        templates = templateState
        return result
    }

    /// The templates, reloaded when a file was added, removed or changed, with the names of
    /// the changed ones (`nil`: everything is new).
    private func loadTemplates(_ files: [String], into diagnostics: inout [Diagnostic]) -> (TemplateState?, Set<String>?) {
        var current: [String: FileSignature] = [:]
        for file in files { current[file] = FileSignature(path: root.appendingPathComponent(file).path) }
        if let templates, templates.files == current { return (templates, []) }
        do {
            let library = try TemplateLibrary(directory: root.appendingPathComponent("Templates"), displayPath: "Templates")
            let changed = Set(files.filter { templates?.files[$0] != current[$0] } + (templates?.files.keys.filter { current[$0] == nil } ?? []))
            let wasLoaded = templates != nil
            // Template names: `Templates/x.mustache` → `x`, `Templates/partials/a/b.mustache` → `a/b`.
            let names = Set(changed.map { path -> String in
                let inside = path.dropFirst("Templates/".count).dropLast(".mustache".count)
                return inside.hasPrefix("partials/") ? String(inside.dropFirst("partials/".count)) : String(inside)
            })
            return (TemplateState(files: current, library: library), wasLoaded ? names : nil)
        } catch {
            diagnostics += error.errors.map(PageRenderer.diagnostic)
            return (nil, nil)
        }
    }

    /// What every page depends on: the configuration, the interface strings, the authors, the
    /// pages' menus. A change re-renders everything.
    private func epoch(site: Site) -> Int {
        var hasher = Hasher()
        for path in ["site.yml", "Templates/i18n/\(site.config.language).yml", "Templates/i18n/\(site.config.primaryLanguage).yml"] {
            hasher.combine(FileSignature(path: root.appendingPathComponent(path).path))
        }
        for author in site.authors {
            hasher.combine(author.id)
            hasher.combine(versions[author.sourcePath])
        }
        hasher.combine(site.articles.count)
        hasher.combine(options.includeDrafts)
        hasher.combine(options.includeFuture)
        return hasher.finalize()
    }

    /// A number that changes when anything an article's list entry shows changes: its file (its
    /// version), its URL, the names of its tags. Pages combine these numbers instead of hashing
    /// the same strings again and again.
    private func key(of article: Article, site: Site) -> Int {
        var hasher = Hasher()
        hasher.combine(article.sourcePath)
        hasher.combine(versions[article.sourcePath] ?? 0)
        hasher.combine(article.url)
        for slug in article.tagSlugs { hasher.combine(site.tag(slug)?.name) }
        return hasher.finalize()
    }

    /// The articles whose list entries or fields a page shows.
    private func dependencies(of job: RenderJob, site: Site) -> [Int] {
        switch job.kind {
        case .article(let index):
            var indices = [index]
            if index > 0 { indices.append(index - 1) }
            if index + 1 < site.articles.count { indices.append(index + 1) }
            indices += site.articles[index].related.compactMap(\.articleIndex)
            return indices
        case .index(let page):
            return Array(Pagination(itemCount: site.articles.count, size: site.config.paginate).range(ofPage: page))
        case .tag(let index):
            return site.tags[index].articleIndices
        case .author(let index):
            return site.articlesByAuthor[site.authors[index].id] ?? []
        case .tags, .authors, .page, .notFound:
            return []
        }
    }

    /// The list entries of the articles, reusing those whose article, tags and epoch are the same.
    private mutating func summaryValues(site: Site, epoch: Int, articleKeys: [Int]) -> [TemplateValue] {
        let keys = articleKeys.map { key -> Int in
            var hasher = Hasher()
            hasher.combine(epoch)
            hasher.combine(key)
            return hasher.finalize()
        }
        let cached = summaries
        let builder = ContextBuilder.Summaries(site: site, authorValues: Dictionary(uniqueKeysWithValues: site.authors.map {
            ($0.id, ContextBuilder.authorValue($0, site: site))
        }))
        let values = Parallel.map(site.articles.count) { index -> TemplateValue in
            if let hit = cached[site.articles[index].sourcePath], hit.key == keys[index] { return hit.value }
            return builder.summary(of: index)
        }
        // Keep the cache in step: replace what changed; start over when articles came or went.
        if summaries.count != site.articles.count {
            summaries = Dictionary(uniqueKeysWithValues: site.articles.indices.map { (site.articles[$0].sourcePath, (keys[$0], values[$0])) })
        } else {
            for index in site.articles.indices where cached[site.articles[index].sourcePath]?.key != keys[index] {
                summaries[site.articles[index].sourcePath] = (keys[index], values[index])
            }
        }
        return values
    }

    /// Whether a page of `template` must be rendered because it or a partial or parent it uses
    /// changed (`changed` is `nil` when every template is new).
    private func uses(_ template: String, _ changed: Set<String>?, library: TemplateLibrary) -> Bool {
        guard let changed else { return true }
        if changed.isEmpty { return false }
        if changed.contains(template) { return true }
        guard let dependencies = library.dependencies(of: template) else { return true }
        return dependencies.usesDynamicNames || !dependencies.names.isDisjoint(with: changed)
    }

    private func signature(of job: RenderJob, site: Site, epoch: Int, articleKeys: [Int]) -> Int {
        var hasher = Hasher()
        hasher.combine(epoch)
        hasher.combine(job.template)
        hasher.combine(job.url)
        for index in dependencies(of: job, site: site) { hasher.combine(articleKeys[index]) }
        switch job.kind {
        case .article(let index):
            hasher.combine(site.articles[index].related)
            hasher.combine(index / site.config.paginate)
        case .tag(let index):
            hasher.combine(site.tags[index].name)
        case .index, .author:
            break
        case .tags:
            for tag in site.tags {
                hasher.combine(tag.name)
                hasher.combine(tag.articleIndices.count)
            }
        case .authors:
            for author in site.authors { hasher.combine(site.articlesByAuthor[author.id]?.count) }
        case .page(let index):
            hasher.combine(versions[site.pages[index].sourcePath])
        case .notFound:
            break
        }
        return hasher.finalize()
    }
}
