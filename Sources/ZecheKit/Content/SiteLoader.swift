public import Foundation
import FrontMatter
import Markdown

/// Reads a site's `site.yml` and `Content/` and resolves them into a `Site`, reporting every
/// mistake at once.
///
/// A loader remembers what it read: loading again (after an edit, in the preview) rereads only
/// files whose size, time or inode changed and re-renders Markdown only where the body or the
/// targets of its links changed.
public struct SiteLoader: Sendable {
    public struct Options: Sendable {
        public var includeDrafts: Bool
        public var includeFuture: Bool
        public var baseURLOverride: String?
        /// The moment that decides which articles are in the future.
        public var now: Date

        public init(includeDrafts: Bool = false, includeFuture: Bool = false, baseURLOverride: String? = nil, now: Date) {
            self.includeDrafts = includeDrafts
            self.includeFuture = includeFuture
            self.baseURLOverride = baseURLOverride
            self.now = now
        }
    }

    public struct Result: Sendable {
        /// The site, or `nil` when any diagnostic is an error.
        public let site: Site?
        /// The site with whatever could be resolved, errors or not (for `zeche inspect`).
        public let partialSite: Site?
        /// Errors and warnings, sorted by file, line and column.
        public let diagnostics: [Diagnostic]
        /// Whether only the text of known articles changed and the rest of the site was kept as
        /// it was: the same articles at the same URLs with the same tags, authors and dates.
        public let isPatch: Bool
        /// Paths (site-relative) of content files that were read anew, or whose body was
        /// rendered anew because a link target changed, rather than reused.
        public let rereadPaths: [String]
    }

    public let root: URL
    var cache = LoadCache()

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// Loads the site. `changes`, when the caller knows them (the preview's file watcher), are
    /// the site-relative paths that changed since the last load: then files not named are
    /// taken from the cache without even a `stat`, and the folders are not walked again unless
    /// a file was added or removed. Without it every file's signature is checked.
    public mutating func load(_ options: Options, changes: Set<String>? = nil) -> Result {
        var diagnostics: [Diagnostic] = []
        var config = loadConfig(options, into: &diagnostics)
        let configIsValid = config != nil
        if config == nil { config = SiteConfig(title: "", baseURL: "https://example.com/") }
        guard var config else { return Result(site: nil, partialSite: nil, diagnostics: diagnostics.sorted(), isPatch: false, rereadPaths: []) }
        if options.baseURLOverride != nil, let override = SiteConfigLoader.normalizedBaseURL(options.baseURLOverride ?? "") {
            config.baseURL = override
        }
        let strings = loadStrings(config: config, into: &diagnostics)

        let knownChanges = changes.flatMap { changes in cache.inventory.map { ($0, changes) } }.flatMap { inventory, changes in
            changes.allSatisfy { path in
                !path.hasPrefix("Content/") || (cache.inventoryPaths.contains(path) && FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path))
            } ? (inventory, changes) : nil
        }
        let inventory = knownChanges?.0 ?? ContentScanner(root: root, limits: config.limits).scan()
        if knownChanges == nil {
            cache.inventory = inventory
            cache.inventoryPaths = inventory.allPaths
        }
        diagnostics += inventory.diagnostics
        var reread: [String] = []
        refreshArticles(inventory, config: config, reread: &reread, changes: knownChanges?.1)
        var documents = Documents()
        readPeopleAndPages(inventory, into: &documents, reread: &reread)
        if let changes = knownChanges?.1, let previous = cache.resolved, documents.diagnostics.isEmpty,
           !changes.contains(where: { $0 == "site.yml" || $0.hasPrefix("Templates/i18n/") }),
           changes.allSatisfy({ path in !path.hasPrefix("Content/") || inventory.articles.contains(where: { $0.path == path }) }),
           let patched = patch(previous, changed: changes.filter { $0.hasPrefix("Content/") }) {
            for (path, body) in patched.bodies { cache.markdown[path] = body }
            var drafts = previous.drafts
            for path in changes { if let draft = cache.articles[path]?.draft { drafts[path] = draft } }
            cache.resolved = Resolved(
                site: patched.site, diagnostics: patched.diagnostics, drafts: drafts, indexByPath: previous.indexByPath,
                relatedReaders: previous.relatedReaders, targets: previous.targets, leftOut: previous.leftOut, options: previous.options)
            return Result(site: patched.diagnostics.containsErrors ? nil : patched.site, partialSite: patched.site,
                          diagnostics: patched.diagnostics, isPatch: true, rereadPaths: reread)
        }
        let articles = collectArticles(inventory)
        documents.articles = articles.articles
        documents.failedArticles = articles.failedArticles
        documents.authorsOfFailedArticles = articles.authorsOfFailedArticles
        diagnostics += articles.diagnostics + documents.diagnostics

        var assembly = SiteAssembly(
            root: root, config: config, strings: strings, options: options, inventory: inventory,
            articles: documents.articles, failedArticles: documents.failedArticles,
            authorsOfFailedArticles: documents.authorsOfFailedArticles, authors: documents.authors, pages: documents.pages,
            cache: cache,
            unchangedDocuments: knownChanges == nil ? [] : Set(documents.articles.map(\.document.path)).subtracting(reread))
        let site = assembly.assemble()
        diagnostics += assembly.diagnostics
        cache.markdown = assembly.markdownCache
        cache.linkTargets = assembly.linkTargets
        cache.related = assembly.relatedCache
        let sorted = diagnostics.sorted()
        cache.resolved = nil
        if configIsValid, !sorted.containsErrors, let targets = assembly.linkTargets {
            var readers: [Int: [Int]] = [:]
            for (index, article) in site.articles.enumerated() {
                for link in article.related { if let other = link.articleIndex { readers[other, default: []].append(index) } }
            }
            cache.resolved = Resolved(
                site: site, diagnostics: sorted, drafts: documents.draftsByPath,
                indexByPath: Dictionary(uniqueKeysWithValues: site.articles.enumerated().map { ($1.sourcePath, $0) }),
                relatedReaders: readers, targets: targets, leftOut: assembly.leftOut,
                options: config.markdownOptions(strings: strings))
        }
        return Result(site: configIsValid && !sorted.containsErrors ? site : nil, partialSite: site, diagnostics: sorted,
                      isPatch: false, rereadPaths: Self.unique(reread + assembly.rerenderedBodies))
    }

    /// The paths in their first order, each once.
    private static func unique(_ paths: [String]) -> [String] {
        var seen: Set<String> = []
        return paths.filter { seen.insert($0).inserted }
    }

    /// Reads only `site.yml` of the site in `root`.
    public static func loadConfig(root: URL) -> (SiteConfig?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let config = SiteLoader(root: root).loadConfig(Options(now: Date()), into: &diagnostics)
        return (config, diagnostics)
    }

    private func loadConfig(_ options: Options, into diagnostics: inout [Diagnostic]) -> SiteConfig? {
        let path = "site.yml"
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isFolder),
              !isFolder.boolValue, let contents = SourceFile.read(path, root: root)
        else {
            diagnostics.append(.error("the site has no readable 'site.yml'", at: SourceLocation(path: path),
                                      fix: "run zeche in the site's folder, or create site.yml with title and url (see 'zeche init')"))
            return nil
        }
        // A file that cannot be read, or is not UTF-8, says so itself.
        diagnostics += contents.diagnostics
        guard !contents.diagnostics.containsErrors else { return nil }
        let node: YAMLNode?
        do {
            node = try YAMLParser().parse(contents.text)
        } catch {
            diagnostics += error.errors.map { ContentDocument.diagnostic($0, path: path) }
            return nil
        }
        let (config, configDiagnostics) = SiteConfigLoader(path: path).load(node, baseURLOverride: options.baseURLOverride)
        diagnostics += configDiagnostics
        return config
    }

    /// The built-in interface strings of the site's language with `Templates/i18n/LANG.yml`
    /// (or the primary language's file) laid over them.
    private func loadStrings(config: SiteConfig, into diagnostics: inout [Diagnostic]) -> InterfaceStrings {
        var strings = InterfaceStrings(language: config.language)
        let candidates = [config.language, config.primaryLanguage].map { "Templates/i18n/\($0).yml" }
        guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }),
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
}
