import Search
import Synchronization

extension BuildPipeline {
    /// What the search index of the last good run was made from, and its files.
    struct SearchIndexRun: Sendable {
        /// The signature of the documents (`PageSignatures.searchSignature`).
        let signature: Int
        /// Every output path of the index.
        let paths: [String]
        /// Kept only by a pipeline that `updatesSearchIndex`.
        let state: SearchIndexState?
        /// The checksum of the state a build kept in the build cache's folder
        /// (`SearchStateFile`), when it could write it.
        var stateChecksum: UInt64?
    }

    /// The search index's documents: every public article, and in the editors' preview
    /// (`marksUnpublished`) its drafts and scheduled articles as well, with their badge's
    /// label. Embargoed articles are in no list of the site, so never here.
    static func searchDocuments(site: Site, marksUnpublished: Bool) -> [SearchDocument] {
        searchDocuments(site: site, marksUnpublished: marksUnpublished, earlier: [:]).documents
    }

    /// The search index's documents, and those of the articles of `earlier` as the last run
    /// made them (`earlierDocument`), by path: found as the documents are made, since a
    /// document's fields are slow to read from outside the `Search` module (a key path each).
    static func searchDocuments(site: Site, marksUnpublished: Bool, earlier: [String: SiteLoader.EarlierArticle])
        -> (documents: [SearchDocument], earlier: [String: SearchDocument]) {
        let authorNames = Dictionary(site.authors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        // Names by key, made once: looking each up in the site copied its whole tag, category
        // or section (with its list of articles) for every article.
        let tagNames = Dictionary(site.tags.map { ($0.slug, $0.name) }, uniquingKeysWith: { first, _ in first })
        let categoryTitles = Dictionary(site.newsroom.categories.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let sectionTitles = Dictionary(site.newsroom.sections.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        // On one thread: made on both, the documents of a large archive took their memory from
        // two heaps, whose free pages between them the search index could not reuse (100,000
        // articles: 95 MiB more at the build's peak).
        var earlierDocuments: [String: SearchDocument] = [:]
        let documents = site.articles.compactMap { article -> SearchDocument? in
            guard article.status.isPublic || marksUnpublished else { return nil }
            // The text is read through the body alone: a closure over the article would keep a
            // copy of all its fields per document.
            let body = article.body
            // Known by its text's hash: a build compares it with the kept index's without reading it.
            let text = SearchText(reading: { body.text }, appendingUTF8: { body.appendText(to: &$0) }, identity: body.textHash)
            let document = SearchDocument(
                id: article.sourcePath, url: article.url, title: article.title, subtitle: article.subtitle ?? "",
                summary: article.summary, tags: article.tagSlugs.compactMap { tagNames[$0] },
                categories: article.categoryIDs.compactMap { categoryTitles[$0] },
                section: article.sectionID.flatMap { sectionTitles[$0] } ?? "",
                authors: article.authorIDs.compactMap { authorNames[$0] }, date: article.date.iso8601,
                label: ContextBuilder.statusLabel(article.status, strings: site.strings),
                // Read when the index needs it: a build's bodies wait in its body store.
                body: text)
            if !earlier.isEmpty, let version = earlier[article.sourcePath], let before = earlierDocument(of: document, version) {
                earlierDocuments[article.sourcePath] = before
            }
            return document
        }
        return (documents, earlierDocuments)
    }

    /// What one language's search index is made of: its documents and their signature
    /// (`PageSignatures.searchSignature`), taken from the site so that the index can be made
    /// after the site is let go.
    struct SearchInput: Sendable {
        let language: Int
        let signature: Int
        /// The last run's index, when its signature is this one and the sink kept its files:
        /// nothing is to be made then.
        let kept: SearchIndexRun?
        let documents: [SearchDocument]
        /// Changed articles' documents as the last run made them, by path, where their earlier
        /// texts could be read back: `SearchIndex.update` takes their earlier postings from them.
        var earlierDocuments: [String: SearchDocument] = [:]
        let urls: SiteURLs
        let languageTag: String
    }

    /// The inputs of the search index of each of `languages` that has search (`search/`,
    /// `en/search/`; by their places in `sites`, in order); none for a sink that keeps nothing.
    /// The documents are taken from the site only for an index that is not kept as it was.
    /// `earlier`: articles read anew as the last load had them (`SiteLoader.Loaded`).
    func searchInputs(sites: MultilingualSite, languages: [Int], signatures: PageSignatures, epoch: Int, articleKeys: [Int],
                      earlier: [String: SiteLoader.EarlierArticle] = [:], sink: some OutputSink) -> [SearchInput] {
        guard sink.keepsFiles else { return [] }
        let marks = marksUnpublished
        return languages.map { language in
            let site = sites.sites[language]
            let signature = signatures.searchSignature(language: language, epoch: epoch, articleKeys: articleKeys,
                                                       isIndexed: { $0.status.isPublic || marks })
            let last = cache.previous?.searches[language]
            let kept = last.flatMap { last in last.signature == signature && sink.keep(all: last.paths).isEmpty ? last : nil }
            let made: (documents: [SearchDocument], earlier: [String: SearchDocument]) =
                kept != nil ? ([], [:]) : Self.searchDocuments(site: site, marksUnpublished: marks, earlier: earlier)
            return SearchInput(language: language, signature: signature, kept: kept, documents: made.documents,
                               earlierDocuments: made.earlier, urls: site.config.urls, languageTag: site.config.language)
        }
    }

    /// An article's document as the last run made it: `document` with what the article's
    /// earlier draft and body gave (title, subtitle, summary, text; the text by its `textHash`,
    /// as `searchDocuments` gives one), read now; `nil` when the earlier text cannot be read
    /// back. One whose other fields changed (its tags, its date) is a document the index does
    /// not take for the earlier one (`SearchIndex.update`).
    static func earlierDocument(of document: SearchDocument, _ version: SiteLoader.EarlierArticle) -> SearchDocument? {
        guard let text = version.body.rendered.intactText else { return nil }
        var before = document
        before.body = SearchText(reading: { text }, identity: version.body.rendered.textHash)
        if let draft = version.draft {
            // As `Article` takes them from its draft and body.
            before.title = draft.title
            before.subtitle = draft.subtitle ?? ""
            before.summary = draft.summary ?? Excerpt.make(version.body.document.summary, limit: Article.summaryExcerptLimit)
        }
        return before
    }

    /// What the search indexes of a run did.
    struct SearchIndexesWritten {
        /// Each language's index, by the language's place in the sites.
        var runs: [Int: SearchIndexRun] = [:]
        var diagnostics: [Diagnostic] = []
        /// The files handed to the sink.
        var count = 0
        /// Every path of the indexes.
        var paths: [String] = []
        /// The documents analysed (all of an index made anew, the changed ones of an update).
        var analysed = 0
        /// The indexes updated in place whose replaced articles' earlier postings came from
        /// their earlier versions (the others': a pass over every kept list).
        var updatesByEarlierDocuments = 0
        /// Why a kept state was not used or could not be kept.
        var notes: [String] = []
        /// The states of the indexes, by language, prepared but not named yet (`saveSearchStates`).
        var unsaved: [Int: (languageTag: String, prepared: PreparedSearchState)] = [:]
    }

    /// Writes each language's search index, and removes the kept states of languages the site
    /// no longer has. `savesStates: false` leaves the indexes' states prepared but not named,
    /// for a build that does not know yet whether it will succeed (`saveSearchStates`).
    func writeSearchIndexes(_ inputs: [SearchInput], into sink: some OutputSink, savesStates: Bool = true) -> SearchIndexesWritten {
        if let buildCache, !updatesSearchIndex, sink.keepsFiles {
            SearchStateFile.removeAll(in: buildCache, siteRoot: root, except: inputs.map(\.languageTag))
        }
        var result = SearchIndexesWritten()
        for input in inputs {
            let written = writeSearchIndex(input, into: sink)
            result.runs[input.language] = written.run
            if let prepared = written.unsaved { result.unsaved[input.language] = (input.languageTag, prepared) }
            result.diagnostics += written.diagnostics
            result.count += written.count
            result.paths += written.run?.paths ?? []
            result.analysed += written.analysed
            result.updatesByEarlierDocuments += written.byEarlierDocuments ? 1 : 0
            result.notes += written.notes
        }
        if savesStates { saveSearchStates(&result) }
        return result
    }

    /// Writes one language's search index under `search/`: made anew only when an article it
    /// holds changed (`input.signature`), and then only the files whose bytes changed are
    /// handed to the sink.
    func writeSearchIndex(_ input: SearchInput, into sink: some OutputSink)
        -> (run: SearchIndexRun?, diagnostics: [Diagnostic], count: Int, analysed: Int, notes: [String], unsaved: PreparedSearchState?,
            byEarlierDocuments: Bool) {
        if let kept = input.kept { return (kept, [], 0, 0, [], nil, false) }
        let (signature, documents, urls) = (input.signature, input.documents, input.urls)
        let last = cache.previous?.searches[input.language]
        let output = SourceLocation(path: sink.displayPath)
        let write = { @Sendable (file: SearchIndexFile) -> Diagnostic? in
            file.bytes.withUnsafeBytes { bytes -> Diagnostic? in
                do throws(OutputError) {
                    try sink.write(bytes, to: urls.searchIndexFile(file.path).outputPath)
                    return nil
                } catch {
                    return Self.diagnostic(error, at: output, output: output)
                }
            }
        }
        // A build with a build cache keeps the index's state on disk, to update it next time.
        if let buildCache, !updatesSearchIndex {
            return writeSearchIndex(documents: documents, earlierDocuments: input.earlierDocuments, urls: urls, language: input.languageTag,
                                    last: last, signature: signature,
                                    state: SearchStateFile(buildCache: buildCache, siteRoot: root, language: input.languageTag),
                                    write: write, into: sink)
        }
        guard updatesSearchIndex else {
            // Each file goes to the sink as soon as it is made: the index of a large archive
            // is as large as its article pages, and none of it is kept.
            let failures = Mutex<[Diagnostic]>([])
            let paths = SearchIndex.write(documents: documents, language: input.languageTag) { file in
                if let failure = write(file) { failures.withLock { $0.append(failure) } }
            }
            let run = SearchIndexRun(signature: signature, paths: paths.map { urls.searchIndexFile($0).outputPath }, state: nil)
            return (run, Self.deduplicated(failures.withLock { $0 }.sorted()), paths.count, documents.count, [], nil, false)
        }
        var state = last?.state ?? SearchIndexState()
        let update = SearchIndex.update(&state, documents: documents, language: input.languageTag)
        let files = update.files
        let run = SearchIndexRun(signature: signature, paths: update.paths.map { urls.searchIndexFile($0).outputPath }, state: state)
        let failures = Parallel.map(files.count) { write(files[$0]) }
        return (run, Self.deduplicated(failures.compactMap { $0 }), files.count, update.analysed, [], nil, false)
    }
}
