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
        /// Paths (site-relative) of content files that were read anew rather than reused.
        public let rereadPaths: [String]
    }

    public let root: URL
    var cache = LoadCache()

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    public mutating func load(_ options: Options) -> Result {
        var diagnostics: [Diagnostic] = []
        var config = loadConfig(options, into: &diagnostics)
        let configIsValid = config != nil
        if config == nil { config = SiteConfig(title: "", baseURL: "https://example.com/") }
        guard var config else { return Result(site: nil, partialSite: nil, diagnostics: diagnostics.sorted(), rereadPaths: []) }
        if options.baseURLOverride != nil, let override = SiteConfigLoader.normalizedBaseURL(options.baseURLOverride ?? "") {
            config.baseURL = override
        }
        let strings = loadStrings(config: config, into: &diagnostics)

        let inventory = ContentScanner(root: root).scan()
        diagnostics += inventory.diagnostics
        var reread: [String] = []
        let documents = readDocuments(inventory, config: config, reread: &reread)
        diagnostics += documents.diagnostics

        var assembly = SiteAssembly(
            root: root, config: config, strings: strings, options: options, inventory: inventory,
            articles: documents.articles, failedArticles: documents.failedArticles,
            authorsOfFailedArticles: documents.authorsOfFailedArticles, authors: documents.authors, pages: documents.pages,
            cache: cache)
        let site = assembly.assemble()
        diagnostics += assembly.diagnostics
        cache.markdown = assembly.markdownCache
        cache.related = assembly.relatedCache
        let sorted = diagnostics.sorted()
        return Result(site: configIsValid && !sorted.containsErrors ? site : nil, partialSite: site, diagnostics: sorted,
                      rereadPaths: reread)
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
