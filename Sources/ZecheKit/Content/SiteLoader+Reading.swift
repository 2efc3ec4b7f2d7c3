import Foundation

extension SiteLoader {
    struct Documents: Sendable {
        var articles: [ArticleDraft] = []
        var authors: [AuthorDraft] = []
        var pages: [PageDraft] = []
        var contacts: [ContactDraft] = []
        /// The boilerplate (`Content/boilerplate.md`) and its translations.
        var boilerplates: [BoilerplateDraft] = []
        var albums: [AlbumDraft] = []
        /// Articles whose front matter has errors that leave no draft to build.
        var failedArticles: [String] = []
        /// The authors that those articles name.
        var authorsOfFailedArticles: Set<String> = []
        /// The files of those articles whose body was found, to check its links.
        var failedDocuments: [ContentDocument] = []
        var diagnostics: [Diagnostic] = []

        var draftsByPath: [String: ArticleDraft] {
            Dictionary(articles.map { ($0.document.path, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// Brings the cached articles up to date: all of them (checking each file's signature),
    /// or, when `changes` is known, only the files it names. `scanned` holds the signatures a
    /// scan of the folders just found; other files are asked for theirs. `earlierDrafts`: the
    /// drafts the files read anew had, while few were (`earlierArticlesKept`).
    func refreshArticles(_ inventory: ContentInventory, config: SiteConfig, cache: inout ContentCache, reread: inout [String],
                         earlierDrafts: inout [String: ArticleDraft], changes: Set<String>?, scanned: [String: FileSignature]) {
        let rootPath = root.path
        let articleReader = ArticleReader(timeZone: config.timeZone)
        let leavesBodiesInFiles = bodyStores != nil
        let files = changes.map { changes in inventory.articles.filter { changes.contains($0.path) } } ?? inventory.articles
        let results: [ContentCache.ReadArticle?]
        do {
            // A copy for the workers, released at the end of this block: a second reference
            // while the cache is updated below would make it copy the whole table (10,000
            // entries, a tenth of a preview rebuild).
            let cached = cache.articles
            results = Parallel.map(files.count) { index -> ContentCache.ReadArticle? in
                let file = files[index]
                guard let signature = scanned[file.path] ?? FileSignature(path: rootPath + "/" + file.path) else { return nil }
                if changes == nil, let hit = cached[file.path], hit.signature == signature, hit.bundleFiles == file.bundleFiles {
                    return hit
                }
                guard let contents = SourceFile.read(file.path, rootPath: rootPath) else { return nil }
                var document = ContentDocument(path: file.path, text: contents.text)
                // A one-shot build reads the body again when it renders it (a file that is not
                // clean UTF-8 keeps its text: it has an error and is never rendered).
                if leavesBodiesInFiles, contents.diagnostics.isEmpty, document.isBodyFound {
                    document = document.leavingBodyInFile(rootPath: rootPath)
                }
                let (draft, diagnostics, namedAuthors) = articleReader.read(file, document)
                return ContentCache.ReadArticle(signature: signature, bundleFiles: file.bundleFiles, draft: draft,
                                                failedDocument: draft == nil && document.isBodyFound ? document : nil,
                                             diagnostics: contents.diagnostics + (contents.wasRead ? document.diagnostics + document.bodyDiagnostics + diagnostics : []),
                                             namedAuthors: namedAuthors)
            }
        }
        for (file, read) in zip(files, results) {
            if let read, let previous = cache.articles[file.path], read.signature == previous.signature,
               read.bundleFiles == previous.bundleFiles, read.diagnostics == previous.diagnostics, read.draft === previous.draft { continue }
            reread.append(file.path)
            if reread.count <= Self.earlierArticlesKept, let draft = cache.articles[file.path]?.draft { earlierDrafts[file.path] = draft }
            cache.articles[file.path] = read ?? ContentCache.ReadArticle(
                signature: nil, bundleFiles: file.bundleFiles, draft: nil, failedDocument: nil,
                diagnostics: [.error("cannot read '\(file.path)'", at: SourceLocation(path: file.path),
                                     fix: "check that the file exists and that you may read it")],
                namedAuthors: [])
        }
        if reread.count > Self.earlierArticlesKept { earlierDrafts = [:] }
        // Every listed article has its entry now: more entries mean some are of files gone.
        if changes == nil, cache.articles.count != inventory.articles.count {
            let known = Set(inventory.articles.map(\.path))
            cache.articles = cache.articles.filter { known.contains($0.key) }
        }
    }

    /// The drafts and diagnostics of every article, in inventory order, from the cache.
    func collectArticles(_ inventory: ContentInventory, cache: ContentCache) -> Documents {
        var documents = Documents()
        documents.articles.reserveCapacity(inventory.articles.count)
        for file in inventory.articles {
            guard let read = cache.articles[file.path] else { continue }
            documents.diagnostics += read.diagnostics
            if let draft = read.draft {
                documents.articles.append(draft)
            } else {
                documents.failedArticles.append(file.path)
                if let document = read.failedDocument { documents.failedDocuments.append(document) }
                documents.authorsOfFailedArticles.formUnion(read.namedAuthors)
            }
        }
        return documents
    }

    /// Reads the authors, contacts, pages and the boilerplate (a few files: each checked by its
    /// signature).
    func readPeopleAndPages(_ inventory: ContentInventory, marks: LanguageMarks, timeZone: TimeZone, into documents: inout Documents,
                            cache: inout ContentCache, reread: inout [String]) {
        (documents.authors, cache.authors) = readFiles(inventory.authors, cached: cache.authors, reread: &reread,
                                                       diagnostics: &documents.diagnostics) {
            AuthorReader().read($0, name: marks.name(ofFile: $0.path))
        }
        (documents.pages, cache.pages) = readFiles(inventory.pages, cached: cache.pages, reread: &reread,
                                                   diagnostics: &documents.diagnostics) {
            PageReader().read($0, name: marks.name(ofFile: $0.path))
        }
        (documents.contacts, cache.contacts) = readFiles(inventory.contacts, cached: cache.contacts, reread: &reread,
                                                         diagnostics: &documents.diagnostics) {
            ContactReader().read($0, name: marks.name(ofFile: $0.path))
        }
        (documents.boilerplates, cache.boilerplate) = readFiles((inventory.boilerplate.map { [$0] } ?? []) + inventory.boilerplateTranslations,
                                                                cached: cache.boilerplate, reread: &reread,
                                                                diagnostics: &documents.diagnostics) { BoilerplateReader().read($0) }
        (documents.albums, cache.albums) = readFiles(inventory.albums.map(\.indexPath), cached: cache.albums, reread: &reread,
                                                     diagnostics: &documents.diagnostics) { AlbumReader(timeZone: timeZone).read($0) }
    }

    /// Reads each file unless the cached version has the same signature.
    private func readFiles<Draft: Sendable>(
        _ paths: [String], cached: [String: ContentCache.ReadFile<Draft>], reread: inout [String], diagnostics: inout [Diagnostic],
        read: (ContentDocument) -> (Draft, [Diagnostic])
    ) -> ([Draft], [String: ContentCache.ReadFile<Draft>]) {
        var drafts: [Draft] = []
        var files: [String: ContentCache.ReadFile<Draft>] = [:]
        for path in paths {
            guard let signature = FileSignature(path: root.appendingPathComponent(path).path) else {
                diagnostics.append(.error("cannot read '\(path)'", at: SourceLocation(path: path), fix: "check its permissions"))
                continue
            }
            var file = cached[path]
            if file?.signature != signature {
                reread.append(path)
                guard let contents = SourceFile.read(path, root: root) else {
                    diagnostics.append(.error("cannot read '\(path)'", at: SourceLocation(path: path), fix: "check its permissions"))
                    continue
                }
                let document = ContentDocument(path: path, text: contents.text)
                let (draft, readDiagnostics) = read(document)
                // A file that could not be read has its one error; what its empty text would
                // add is noise.
                file = ContentCache.ReadFile(
                    signature: signature, draft: draft,
                    diagnostics: contents.diagnostics + (contents.wasRead ? document.diagnostics + document.bodyDiagnostics + readDiagnostics : []))
            }
            guard let file else { continue }
            files[path] = file
            diagnostics += file.diagnostics
            drafts.append(file.draft)
        }
        return (drafts, files)
    }
}
