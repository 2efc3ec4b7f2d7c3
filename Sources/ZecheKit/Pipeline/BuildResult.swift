public import Foundation

/// What one run of the pipeline did: its diagnostics and what it produced.
public struct BuildResult: Sendable {
    /// Errors and warnings, sorted by file, line and column.
    public var diagnostics: [Diagnostic]
    /// Pages the plan has (HTML pages, rendered or not).
    public var pageCount = 0
    /// Pages rendered in this run; the others were as the last run left them.
    public var renderedPages = 0
    public var articleCount: Int
    public var tagCount: Int
    public var authorCount: Int
    /// Every file of the output: pages, copies, feeds and the sitemap.
    public var fileCount = 0
    /// Files handed to the sink in this run.
    public var writtenFiles = 0
    /// Articles the search index analysed in this run: every one of an index made anew, only
    /// the changed ones of an index the run updated, none of one it kept.
    public var analysedSearchDocuments = 0
    /// Search indexes updated in place whose replaced articles' earlier postings were made from
    /// their earlier versions, not from a pass over every list the index's state keeps.
    public var searchUpdatesByEarlierDocuments = 0
    /// Output paths of the last good run that this run's site no longer has (a pipeline that
    /// keeps its content from run to run, the preview's; a one-shot build's are not listed).
    public var removedOutputs: Set<String> = []
    /// What `zeche build` changed in the output folder; `nil` when nothing was published.
    public var output: OutputSummary?
    /// What the user may want to know that is neither an error nor a warning: why the build
    /// cache was not used, or could not be written.
    public var notes: [String] = []
    /// The article files left out of the site (drafts, future articles, files with errors).
    public var leftOut: [LeftOutArticle]
    /// Drafts and future articles that the run included (with `--drafts`, `--future`, or in
    /// the preview), by file: a public build leaves them out.
    public var unpublished: [String: PublicationStatus]
    /// When the next article left out for its date is due: a build after that moment makes
    /// another site.
    public var nextPublication: Date?

    /// The tags of the site's languages, the default first.
    public var languages: [String]
    /// The default language's published articles with their translations, newest first; empty
    /// for a site in one language.
    public var translations: [ArticleTranslations]

    init(diagnostics: [Diagnostic], sites: MultilingualSite) {
        self.diagnostics = diagnostics
        articleCount = sites.articleCount
        tagCount = sites.sites.reduce(0) { $0 + $1.tags.count }
        authorCount = sites.defaultSite.authors.count
        leftOut = sites.leftOut
        unpublished = [:]
        for site in sites.sites {
            for article in site.articles where !article.status.isPublic { unpublished[article.sourcePath] = article.status }
        }
        nextPublication = sites.nextPublication.map { Date(timeIntervalSince1970: TimeInterval($0.secondsSince1970)) }
        languages = sites.sites.map(\.config.language)
        let tags = languages
        // Only a site in several languages has translations to list (`zeche check --untranslated`).
        translations = sites.sites.count < 2 ? [] : zip(sites.defaultSite.articles, sites.translations.first ?? []).map { article, versions in
            ArticleTranslations(sourcePath: article.sourcePath, title: article.title, languages: versions.map { tags[$0.language] })
        }
    }

    /// Whether the run found no error: only then is its output complete.
    public var succeeded: Bool { !diagnostics.containsErrors }

    public var errorCount: Int { diagnostics.filter(\.isError).count }
    public var warningCount: Int { diagnostics.count - errorCount }
}
