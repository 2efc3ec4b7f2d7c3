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

    init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// What one load resolved.
    struct Loaded: Sendable {
        /// The site with whatever could be resolved, errors or not: later stages plan and
        /// check it, so that one run reports the mistakes of every stage.
        let site: Site
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
    }

    /// Loads the site. `changes`, when the caller knows them (the preview's file watcher), are
    /// the site-relative paths that changed since the last load: then files not named are
    /// taken from the cache without even a `stat`, and the folders are not walked again unless
    /// a file was added or removed. Without it every file's signature is checked.
    func load(_ options: BuildOptions, cache: inout ContentCache, changes: Set<String>? = nil) -> Loaded {
        var diagnostics: [Diagnostic] = []
        let (loadedConfig, recoveredConfig) = loadConfig(options, into: &diagnostics)
        var config = recoveredConfig ?? SiteConfig(title: "", baseURL: SiteConfig.placeholderBaseURL)
        if let override = options.baseURLOverride {
            config.urls = SiteURLs(base: override, permalink: config.urls.permalink)
        }
        let strings = loadStrings(config: config, into: &diagnostics)

        // A change of site.yml may declare another section, whose folder must be walked.
        let knownChanges = changes.flatMap { changes in cache.inventory.map { ($0, changes) } }.flatMap { inventory, changes in
            changes.allSatisfy { path in
                path != "site.yml" && (!path.hasPrefix("Content/")
                    || (cache.inventoryPaths.contains(path) && FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)))
            } ? (inventory, changes) : nil
        }
        let inventory = knownChanges?.0 ?? ContentScanner(root: root, sectionIDs: config.sections.map(\.id), limits: config.limits).scan()
        if knownChanges == nil {
            cache.inventory = inventory
            cache.inventoryPaths = inventory.allPaths
        }
        diagnostics += inventory.diagnostics
        // Every file that may be an image: its header is read once per version of the file.
        cache.images.refresh(inventory.images + inventory.articles.flatMap(\.bundleFiles) + inventory.albums.flatMap(\.files),
                             rootPath: root.path, changes: knownChanges?.1)
        var reread: [String] = []
        refreshArticles(inventory, config: config, cache: &cache, reread: &reread, changes: knownChanges?.1)
        var documents = Documents()
        readPeopleAndPages(inventory, timeZone: config.timeZone, into: &documents, cache: &cache, reread: &reread)
        if let changes = knownChanges?.1, let patched = SitePatch.apply(changes, cache: &cache, documents: documents, options: options) {
            return Loaded(site: patched.site, hasValidConfig: loadedConfig != nil, diagnostics: patched.diagnostics,
                          isPatch: true, changedPaths: reread, structure: patched.generation)
        }
        let articles = collectArticles(inventory, cache: cache)
        documents.articles = articles.articles
        documents.failedArticles = articles.failedArticles
        documents.authorsOfFailedArticles = articles.authorsOfFailedArticles
        diagnostics += articles.diagnostics + documents.diagnostics

        var assembly = SiteAssembly(
            root: root, config: config, strings: strings, options: options, inventory: inventory,
            articles: documents.articles, failedArticles: documents.failedArticles, failedDocuments: articles.failedDocuments,
            authorsOfFailedArticles: documents.authorsOfFailedArticles, authors: documents.authors, pages: documents.pages,
            contacts: documents.contacts, boilerplate: documents.boilerplate, albums: documents.albums, cache: cache,
            unchangedDocuments: knownChanges == nil ? [] : Set(documents.articles.map(\.document.path)).subtracting(reread))
        let site = assembly.assemble()
        diagnostics += assembly.diagnostics
        cache.markdown = assembly.markdownCache
        cache.linkTargets = assembly.linkTargets
        cache.related = assembly.relatedCache
        let sorted = diagnostics.sorted()
        cache.resolved = nil
        if loadedConfig != nil, !sorted.containsErrors, let targets = assembly.linkTargets {
            cache.resolved = ContentCache.Resolved(
                generation: cache.nextGeneration, site: site, diagnostics: sorted, drafts: documents.draftsByPath,
                indexByPath: Dictionary(uniqueKeysWithValues: site.articles.enumerated().map { ($1.sourcePath, $0) }),
                targets: targets, leftOut: assembly.leftOut, markdownOptions: config.markdownOptions(strings: strings),
                bodyImages: assembly.bodyImages, options: options.publishing)
            cache.nextGeneration += 1
        }
        return Loaded(site: site, hasValidConfig: loadedConfig != nil, diagnostics: sorted, isPatch: false,
                      changedPaths: Self.unique(reread + assembly.rerenderedBodies), structure: cache.resolved?.generation)
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

    /// The built-in interface strings of the site's language with `Templates/i18n/LANG.yml`
    /// (or the primary language's file) laid over them.
    private func loadStrings(config: SiteConfig, into diagnostics: inout [Diagnostic]) -> InterfaceStrings {
        var strings = InterfaceStrings(language: config.language)
        guard let path = Self.stringsFiles(config).first(where: { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }),
              let contents = SourceFile.read(path, root: root)
        else { return strings }
        diagnostics += contents.diagnostics
        do {
            let node = try YAMLParser().parse(contents.text)
            diagnostics += InterfaceStringsReader(path: path).apply(node, to: &strings)
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
