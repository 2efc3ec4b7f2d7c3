import Foundation

extension SiteLoader {
    struct Documents: Sendable {
        var articles: [ArticleDraft] = []
        var authors: [AuthorDraft] = []
        var pages: [PageDraft] = []
        /// Articles whose front matter has errors that leave no draft to build.
        var failedArticles: [String] = []
        /// The authors that those articles name.
        var authorsOfFailedArticles: Set<String> = []
        var diagnostics: [Diagnostic] = []
    }

    /// Reads and checks the front matter of every content file, in parallel, reusing what the
    /// cache holds for files that did not change.
    mutating func readDocuments(_ inventory: ContentInventory, config: SiteConfig, reread: inout [String]) -> Documents {
        let root = self.root
        let cached = cache
        let articleReader = ArticleReader(timeZone: config.timeZone)
        let articles = Parallel.map(inventory.articles.count) { index -> (LoadCache.ReadArticle?, Bool) in
            let file = inventory.articles[index]
            guard let signature = FileSignature(path: root.appendingPathComponent(file.path).path) else { return (nil, true) }
            if let hit = cached.articles[file.path], hit.signature == signature, hit.bundleFiles == file.bundleFiles {
                return (hit, false)
            }
            guard let contents = SourceFile.read(file.path, root: root) else { return (nil, true) }
            let document = ContentDocument(path: file.path, text: contents.text)
            let (draft, diagnostics, namedAuthors) = articleReader.read(file, document)
            return (LoadCache.ReadArticle(signature: signature, bundleFiles: file.bundleFiles, draft: draft,
                                          diagnostics: contents.diagnostics + document.diagnostics + diagnostics,
                                          namedAuthors: namedAuthors), true)
        }
        var documents = Documents()
        var articleCache: [String: LoadCache.ReadArticle] = [:]
        for (file, (read, wasRead)) in zip(inventory.articles, articles) {
            if wasRead { reread.append(file.path) }
            guard let read else {
                documents.diagnostics.append(.error("cannot read '\(file.path)'", at: SourceLocation(path: file.path),
                                                    fix: "check that the file exists and that you may read it"))
                continue
            }
            articleCache[file.path] = read
            documents.diagnostics += read.diagnostics
            if let draft = read.draft {
                documents.articles.append(draft)
            } else {
                documents.failedArticles.append(file.path)
                documents.authorsOfFailedArticles.formUnion(read.namedAuthors)
            }
        }
        cache.articles = articleCache

        var authorCache: [String: LoadCache.ReadAuthor] = [:]
        for path in inventory.authors {
            guard let read = readSmall(path, cached: cache.authors[path], reread: &reread, make: { contents, signature in
                let document = ContentDocument(path: path, text: contents.text)
                let (draft, diagnostics) = AuthorReader().read(document)
                return LoadCache.ReadAuthor(signature: signature, draft: draft,
                                            diagnostics: contents.diagnostics + document.diagnostics + diagnostics)
            }, signature: \.signature) else {
                documents.diagnostics.append(.error("cannot read '\(path)'", at: SourceLocation(path: path), fix: "check its permissions"))
                continue
            }
            authorCache[path] = read
            documents.diagnostics += read.diagnostics
            documents.authors.append(read.draft)
        }
        cache.authors = authorCache

        var pageCache: [String: LoadCache.ReadPage] = [:]
        for path in inventory.pages {
            guard let read = readSmall(path, cached: cache.pages[path], reread: &reread, make: { contents, signature in
                let document = ContentDocument(path: path, text: contents.text)
                let (draft, diagnostics) = PageReader().read(document)
                return LoadCache.ReadPage(signature: signature, draft: draft,
                                          diagnostics: contents.diagnostics + document.diagnostics + diagnostics)
            }, signature: \.signature) else {
                documents.diagnostics.append(.error("cannot read '\(path)'", at: SourceLocation(path: path), fix: "check its permissions"))
                continue
            }
            pageCache[path] = read
            documents.diagnostics += read.diagnostics
            documents.pages.append(read.draft)
        }
        cache.pages = pageCache
        return documents
    }

    /// Reads one author or page file unless the cached version has the same signature.
    private func readSmall<Read>(
        _ path: String, cached: Read?, reread: inout [String],
        make: (SourceFile.Contents, FileSignature) -> Read, signature: KeyPath<Read, FileSignature>
    ) -> Read? {
        guard let current = FileSignature(path: root.appendingPathComponent(path).path) else { return nil }
        if let cached, cached[keyPath: signature] == current { return cached }
        reread.append(path)
        guard let contents = SourceFile.read(path, root: root) else { return nil }
        return make(contents, current)
    }
}
