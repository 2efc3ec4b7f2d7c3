public import Foundation

/// Every article file of the last run with its state and its mistakes: the editors' overview
/// of the preview (`/_zeche/`), newest change first.
public struct ArticleOverview: Sendable {
    public struct Entry: Sendable {
        public enum State: Sendable, Hashable {
            case published
            case draft
            case scheduled(SiteDate)
            /// Under embargo until then.
            case embargoed(SiteDate)
            /// Its front matter has errors: it is not built until they are fixed.
            case failed
        }

        /// The file, relative to the site folder.
        public let path: String
        public let title: String?
        public let state: State
        public let date: SiteDate?
        public let authors: [String]
        /// The page's root-relative URL, for articles in the site.
        public let url: String?
        public let errors: [Diagnostic]
        public let warnings: [Diagnostic]
        /// When the file was last saved (after `readingModificationTimes`).
        public var modified: Date?
    }

    public private(set) var entries: [Entry]
    /// Mistakes outside the articles (`site.yml`, templates, authors, pages).
    public let otherDiagnostics: [Diagnostic]
    public let language: String
    public let siteTitle: String

    /// The overview of `site` with the diagnostics of its run, in no order yet.
    init(sites: MultilingualSite, diagnostics: [Diagnostic]) {
        var byPath: [String: [Diagnostic]] = [:]
        for diagnostic in diagnostics { byPath[diagnostic.location?.path ?? "", default: []].append(diagnostic) }
        func entry(_ path: String, title: String?, state: Entry.State, date: SiteDate?, authors: [String], url: String?) -> Entry {
            let found = byPath.removeValue(forKey: path) ?? []
            return Entry(path: path, title: title, state: state, date: date, authors: authors, url: url,
                         errors: found.filter(\.isError), warnings: found.filter { !$0.isError }, modified: nil)
        }
        var entries: [Entry] = []
        for site in sites.sites {
            for article in site.articles {
                let state: Entry.State = switch article.status {
                case .published: .published
                case .draft: .draft
                case .scheduled(let date): .scheduled(date)
                }
                entries.append(entry(article.sourcePath, title: article.title, state: state, date: article.date,
                                     authors: article.authorIDs.compactMap(site.author).map(\.name), url: article.url))
            }
        }
        for article in sites.leftOut {
            let state: Entry.State = switch article.reason {
            case .draft: .draft
            case .scheduled(let date): .scheduled(date)
            case .embargoed(let until, _): .embargoed(until)
            case .failed: .failed
            }
            let date: SiteDate? = switch article.reason {
            case .scheduled(let date): date
            case .embargoed(let until, _): until
            case .draft, .failed: nil
            }
            entries.append(entry(article.sourcePath, title: article.title, state: state, date: date, authors: [], url: nil))
        }
        self.entries = entries
        otherDiagnostics = byPath.sorted { $0.key < $1.key }.flatMap(\.value)
        language = sites.defaultSite.config.primaryLanguage
        siteTitle = sites.defaultSite.config.title
    }
}

extension ArticleOverview {
    /// The overview with each file's time read from `root` (one `stat` per article: done
    /// away from the pipeline's lock), newest change first.
    public func readingModificationTimes(root: URL) -> ArticleOverview {
        var copy = self
        for index in copy.entries.indices {
            let attributes = try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(copy.entries[index].path).path)
            copy.entries[index].modified = attributes?[.modificationDate] as? Date
        }
        copy.entries.sort { ($0.modified ?? .distantPast, $1.path) > ($1.modified ?? .distantPast, $0.path) }
        return copy
    }
}

extension BuildPipeline {
    /// The articles of the last run, with their mistakes, or `nil` before the first run.
    public func articleOverview() -> ArticleOverview? {
        cache.lastRun.map { ArticleOverview(sites: $0.sites, diagnostics: $0.diagnostics) }
    }
}
