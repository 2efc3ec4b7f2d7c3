import Foundation
import FrontMatter
import Markdown

/// The content stage of the pipeline: reads `site.yml` and `Content/` and resolves them into
/// a `Site`, reporting every mistake at once.
///
/// The loader keeps nothing itself: what it may reuse from an earlier load (files whose size,
/// time and inode did not change, Markdown whose body and link targets did not change, the
/// site of a load whose articles stay where they are) is in the `ContentCache` the pipeline
/// passes in.
struct SiteLoader: Sendable {
    let root: URL
    /// Where the articles' rendered bodies go (a one-shot build); `nil` keeps them in memory.
    var bodyStores: BodyStores?
    /// Whether the resolved site is kept in the cache for a later load to patch (the preview,
    /// `ContentCache.resolved`). A one-shot build has no later load: making it cost a warm
    /// build at 10,000 articles 9 ms for a table of the drafts by path.
    var keepsResolvedSite = true

    init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// What one load resolved.
    struct Loaded: Sendable {
        /// Every language's site with whatever could be resolved, errors or not: later stages
        /// plan and check it, so that one run reports the mistakes of every stage.
        let sites: MultilingualSite
        /// The default language's site: the whole site of a site in one language.
        var site: Site { sites.defaultSite }
        /// Whether `site.yml` could be read: without it the site is checked with placeholders.
        let hasValidConfig: Bool
        /// Errors and warnings, sorted by file, line and column.
        let diagnostics: [Diagnostic]
        /// Whether only the text of known articles changed, so that every article is where the
        /// last load put it: the same URLs, tags, authors, dates and related articles.
        let isPatch: Bool
        /// Content files (site-relative) read anew, or whose body was rendered anew because a
        /// link target changed, rather than taken from the cache.
        let changedPaths: [String]
        /// The number of the resolved site (`ContentCache.Resolved.generation`): the same for a
        /// site and its patches; `nil` when the load had errors.
        let structure: Int?
        /// The articles read anew as the last load had them, by path, when a few were: the
        /// search index takes an article's earlier postings from its earlier version instead of
        /// from a pass over every list it keeps (`SearchIndex.update`).
        var earlierArticles: [String: EarlierArticle] = [:]
    }

    /// An article as the last load had it: its draft (`nil` for a file with errors) and its
    /// rendered body.
    struct EarlierArticle: Sendable {
        let draft: ArticleDraft?
        let body: ContentCache.RenderedBody
    }

    /// How many articles read anew a load keeps the earlier versions of: an editor's changes.
    /// More go through the search index's pass, and a large checkout's earlier bodies are not
    /// kept in memory.
    static let earlierArticlesKept = 64

    /// Loads the site. `changes`, when the caller knows them (the preview's file watcher), are
    /// the site-relative paths that changed since the last load: then files not named are
    /// taken from the cache without even a `stat`, and the folders are not walked again unless
    /// a file was added or removed. Without it every file's signature is checked.
    ///
    /// `seed` puts a content cache read meanwhile on another thread in place of `cache`, once
    /// the site's folders are walked (`BuildPipeline.startSeedingContentCache`); it is told how
    /// many article files the walk found.
    func load(_ options: BuildOptions, cache: inout ContentCache, changes: Set<String>? = nil,
              seed: (inout ContentCache, _ articleFiles: Int) -> Void = { _, _ in }) -> Loaded {
        var diagnostics: [Diagnostic] = []
        let (loadedConfig, recoveredConfig) = loadConfig(options, into: &diagnostics)
        var config = recoveredConfig ?? SiteConfig(title: "", baseURL: SiteConfig.placeholderBaseURL)
        if let override = options.baseURLOverride {
            config.urls = SiteURLs(base: override, permalink: config.urls.permalink)
        }
        let configs = config.languageConfigs
        let strings = configs.map { loadStrings(config: $0, into: &diagnostics) }
        let marks = LanguageMarks(config: config)
        // A change of site.yml may declare another section, whose folder must be walked; other
        // languages give files other meanings.
        let knownChanges = changes.flatMap { changes in
            cache.marks == marks ? cache.inventory.map { ($0, changes) } : nil
        }.flatMap { inventory, changes in
            changes.allSatisfy { path in
                path != "site.yml" && (!path.hasPrefix("Content/")
                    || (cache.inventoryPaths.contains(path) && FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)))
            } ? (inventory, changes) : nil
        }
        let inventory = knownChanges?.0
            ?? ContentScanner(root: root, sectionIDs: config.sections.map(\.id), limits: config.limits, marks: marks).scan()
        seed(&cache, inventory.articles.count)
        if cache.marks != marks {
            // Nothing read before holds.
            cache = ContentCache(nextGeneration: cache.nextGeneration)
            cache.marks = marks
        }
        if knownChanges == nil {
            cache.inventory = inventory
            cache.inventoryPaths = inventory.allPaths
        }
        diagnostics += inventory.diagnostics
        // The signatures the scan just found, which spare a second `stat` of each file; with the
        // changes known, the inventory is the last scan's and changed files are asked again.
        let scanned = knownChanges == nil ? inventory.signatures : [:]
        // Every file that may be an image: its header is read once per version of the file.
        cache.images.refresh(inventory.images + inventory.articles.flatMap(\.bundleFiles) + inventory.albums.flatMap(\.files),
                             rootPath: root.path, changes: knownChanges?.1, scanned: scanned)
        var reread: [String] = []
        var earlierDrafts: [String: ArticleDraft] = [:]
        refreshArticles(inventory, config: config, cache: &cache, reread: &reread, earlierDrafts: &earlierDrafts,
                        changes: knownChanges?.1, scanned: scanned)
        var documents = Documents()
        readPeopleAndPages(inventory, marks: marks, timeZone: config.timeZone, into: &documents, cache: &cache, reread: &reread)
        if let changes = knownChanges?.1, let patched = SitePatch.apply(changes, cache: &cache, documents: documents, options: options) {
            return Loaded(sites: patched.site, hasValidConfig: loadedConfig != nil, diagnostics: patched.diagnostics,
                          isPatch: true, changedPaths: reread, structure: patched.generation)
        }
        let articles = collectArticles(inventory, cache: cache)
        documents.articles = articles.articles
        documents.failedArticles = articles.failedArticles
        documents.failedDocuments = articles.failedDocuments
        documents.authorsOfFailedArticles = articles.authorsOfFailedArticles
        diagnostics += articles.diagnostics + documents.diagnostics

        let assembled = assemble(Languages(configs: configs, strings: strings, marks: marks), options: options, inventory: inventory,
                                 documents: documents, cache: cache,
                                 unchangedDocuments: knownChanges == nil ? [] : Set(documents.articles.map(\.document.path)).subtracting(reread))
        diagnostics += assembled.diagnostics
        let earlierArticles = reread.count <= Self.earlierArticlesKept
            ? Dictionary(reread.compactMap { path in cache.markdown[path].map { (path, EarlierArticle(draft: earlierDrafts[path], body: $0)) } },
                         uniquingKeysWith: { first, _ in first })
            : [:]
        cache.markdown = assembled.markdown
        cache.linkTargets = assembled.linkTargets
        cache.checkedTargets = [:]
        cache.related = assembled.related
        let sorted = diagnostics.sorted()
        cache.resolved = nil
        var structure: Int?
        if loadedConfig != nil, !sorted.containsErrors, assembled.linkTargets.count == configs.count {
            structure = cache.nextGeneration
            if keepsResolvedSite {
                cache.resolved = ContentCache.Resolved(
                    generation: cache.nextGeneration, site: assembled.site, diagnostics: sorted, drafts: documents.draftsByPath,
                    targets: configs.compactMap { assembled.linkTargets[$0.language] }, leftOut: assembled.leftOut,
                    markdownOptions: zip(configs, strings).map { $0.markdownOptions(strings: $1) },
                    bodyImages: assembled.bodyImages, options: options.publishing)
            }
            cache.nextGeneration += 1
        }
        return Loaded(sites: assembled.site, hasValidConfig: loadedConfig != nil, diagnostics: sorted, isPatch: false,
                      changedPaths: Self.unique(reread + assembled.rerenderedBodies), structure: structure, earlierArticles: earlierArticles)
    }

    /// The paths in their first order, each once.
    private static func unique(_ paths: [String]) -> [String] {
        var seen: Set<String> = []
        return paths.filter { seen.insert($0).inserted }
    }

    /// Reads only `site.yml` of the site in `root`.
    static func loadConfig(root: URL) -> (SiteConfig?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let config = SiteLoader(root: root).loadConfig(BuildOptions(now: Date()), into: &diagnostics).valid
        return (config, diagnostics)
    }

    /// The configuration when it has no error (`valid`), and the one recovered from a
    /// site.yml with errors, which the rest of the site is still checked against.
    private func loadConfig(_ options: BuildOptions, into diagnostics: inout [Diagnostic]) -> (valid: SiteConfig?, recovered: SiteConfig?) {
        let path = "site.yml"
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isFolder),
              !isFolder.boolValue, let contents = SourceFile.read(path, root: root)
        else {
            diagnostics.append(.error("the site has no readable 'site.yml'", at: SourceLocation(path: path),
                                      fix: "run zeche in the site's folder, or create site.yml with title and url (see 'zeche init')"))
            return (nil, nil)
        }
        // A file that cannot be read, or is not UTF-8, says so itself.
        diagnostics += contents.diagnostics
        guard !contents.diagnostics.containsErrors else { return (nil, nil) }
        let node: YAMLNode?
        do {
            node = try YAMLParser().parse(contents.text)
        } catch {
            diagnostics += error.errors.map { ContentDocument.diagnostic($0, path: path) }
            return (nil, nil)
        }
        let (config, configDiagnostics) = SiteConfigLoader(path: path).loadRecovering(node, baseURLOverride: options.baseURLOverride)
        diagnostics += configDiagnostics
        return (configDiagnostics.containsErrors ? nil : config, config)
    }

    /// The built-in interface strings of the language of `config` with `Templates/i18n/LANG.yml`
    /// (or the primary language's file) laid over them, and the language's `date_format` of
    /// `site.yml`. A language without built-in strings (other than German and English) is
    /// warned about for each string its file lacks.
    private func loadStrings(config: SiteConfig, into diagnostics: inout [Diagnostic]) -> InterfaceStrings {
        var strings = readStrings(config: config, into: &diagnostics)
        if let format = config.dateFormat { strings.overrideDateFormat(format) }
        return strings
    }

    private func readStrings(config: SiteConfig, into diagnostics: inout [Diagnostic]) -> InterfaceStrings {
        var strings = InterfaceStrings(language: config.language)
        guard let path = Self.stringsFiles(config).first(where: { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }),
              let contents = SourceFile.read(path, root: root)
        else {
            if !strings.hasBuiltInTexts { diagnostics.append(Self.missingStringsFile(config: config, strings: strings)) }
            return strings
        }
        diagnostics += contents.diagnostics
        do {
            let node = try YAMLParser().parse(contents.text)
            diagnostics += InterfaceStringsReader(path: path).apply(node, to: &strings)
            if !strings.hasBuiltInTexts { diagnostics += Self.missingStrings(strings, path: path, config: config) }
        } catch {
            diagnostics += error.errors.map { ContentDocument.diagnostic($0, path: path) }
        }
        return strings
    }

    /// The files that may hold the site's interface strings, the first one found counting.
    static func stringsFiles(_ config: SiteConfig) -> [String] {
        [config.language, config.primaryLanguage].map { "Templates/i18n/\($0).yml" }
    }
}
