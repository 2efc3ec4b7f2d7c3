import Mustache

/// Everything the pipeline keeps from one run to the next, so that a rebuild does only what
/// the changes require. A cold build starts with an empty cache and so does everything; the
/// preview keeps one for the whole session.
struct PipelineCache: Sendable {
    /// Files read, Markdown rendered and the last resolved site (the content stage's part).
    var content = ContentCache()
    /// The theme of the last run, reused while no template file changes.
    var theme: Theme?
    /// A number per content file that grows each time the file is read or its body rendered
    /// anew: a page showing the file is rendered again when the number it was made with is
    /// not the current one.
    var versions: [String: Int] = [:]
    private var nextVersion = 1
    /// The paths changed since the last successful run (`nil`: not known, check every file).
    /// A failed run does not forget its changes: the next run builds them too.
    var pendingChanges: Set<String>? = []
    /// What the last successful run rendered, and from which inputs.
    var lastGood: RenderedSite?
    /// What the build cache kept of the last build (`BuildCache`), while this pipeline has
    /// no successful run of its own.
    var persisted: OutputSignatures?
    /// The build cache on its way to `persisted` (`BuildPipeline.askForBuildCache`), and the
    /// note that says why it was not used.
    var buildCacheLoad: BuildPipeline.BuildCacheLoad?
    var buildCacheNote: String?
    /// The site and diagnostics of the last run, good or not: what the editors' overview of
    /// the preview shows.
    var lastRun: (sites: MultilingualSite, diagnostics: [Diagnostic])?
    /// Whether a body read back from the content cache was not the one its part names (its
    /// bytes changed on the disk): `build(into:)` then builds again without the cache.
    var contentCacheIsDamaged = false

    /// The changes to build now: `changes` and those of the runs that failed since the last
    /// success.
    func changes(adding changes: Set<String>?) -> Set<String>? {
        guard let pendingChanges, let changes else { return nil }
        return pendingChanges.union(changes)
    }

    mutating func bumpVersions(of paths: [String]) {
        for path in paths {
            versions[path] = nextVersion
            nextVersion += 1
        }
    }
}

/// The output of a successful run as far as a later run needs it: the plan, the signature of
/// every page's inputs, the list entries of the articles, and what was copied and generated.
struct RenderedSite: Sendable {
    /// The number of the resolved site the plan was made for (`ContentCache.Resolved`).
    let structure: Int
    let plan: SitePlan
    let theme: Theme
    /// What every page depends on (see `PageSignatures.epoch`).
    let epoch: Int
    /// Per article index: the number that changes when its list entry or page would.
    let articleKeys: [Int]
    /// Per article index: the jobs that show it.
    let jobsByArticle: [[Int]]
    /// Output path → the signature of the inputs the page was rendered from.
    let pageSignatures: [String: Int]
    /// Per article index: its list entry, and the key it was made with.
    let summaries: [TemplateValue]
    let summaryKeys: [String: (key: Int, value: TemplateValue)]
    /// Output path → the signature of the file it was copied from.
    let copySignatures: [String: FileSignature]
    /// Output path → a hash of the generated file's bytes (sitemap, robots.txt, vCards), or
    /// for a feed the signature of its inputs.
    let generatedHashes: [String: UInt64]
    /// Each language's search index the run wrote, by the language's place in the sites.
    let searchIndex: [Int: BuildPipeline.SearchIndexRun]
    /// Every output path of the run.
    let outputs: Set<String>
    /// Output path → the signature of the files an album's ZIP archive was made of.
    let archiveSignatures: [String: Int]
}
