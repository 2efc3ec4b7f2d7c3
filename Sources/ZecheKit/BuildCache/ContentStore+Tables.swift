/// The tables of `.zeche-cache/content`: the language marks, the sites' addresses, the image
/// headers, the articles with their rendered bodies (in chunks, read in parallel) and the
/// related articles' inputs. What the file cannot keep (a file that could not be read or has
/// no draft, a front matter date in an unknown key, a body with a link to a missing file or a
/// damaged image) is left out: the next build reads or renders it again.
extension ContentStore {
    /// Articles per chunk: each chunk is read by one worker.
    static let chunkSize = 512

    /// What of `cache` the file keeps.
    static func storable(_ cache: ContentCache)
        -> (images: [String: ImageCatalog.Entry], articles: [String: ContentCache.ReadArticle], bodies: [String: ContentCache.RenderedBody]) {
        let articles = cache.articles.filter { isStorable($0.value) }
        // Each body with its article, whose Markdown it was rendered from.
        let bodies = cache.markdown.filter { path, body in
            articles[path]?.draft?.document.body == body.body && isStorable(body)
        }
        return (cache.images.entries.filter { isStorable($0.value) }, articles, bodies)
    }

    static func writeContent(_ cache: ContentCache, marks: LanguageMarks, into writer: inout CacheWriter) {
        writer.write(marks.defaultLanguage)
        writer.write(marks.others)
        let (images, articles, bodies) = storable(cache)
        writer.write(images) { $0.write($1) }
        var addresses: [SiteURLs] = []
        for body in bodies.values where !addresses.contains(body.place.urls) { addresses.append(body.place.urls) }
        addresses.sort { ($0.base.absolute, $0.languageFolder) < ($1.base.absolute, $1.languageFolder) }
        writer.write(addresses) { writer, urls in
            writer.write(urls.base.origin)
            writer.write(urls.base.path)
            writer.write(urls.permalink.description)
            writer.write(urls.languageFolder)
        }
        let paths = articles.keys.sorted()
        writer.write(paths.count)
        for start in stride(from: 0, to: paths.count, by: chunkSize) {
            var chunk = CacheWriter()
            for path in paths[start..<min(start + chunkSize, paths.count)] {
                guard let article = articles[path] else { continue }
                chunk.write(path)
                chunk.write(article)
                chunk.write(bodies[path]) { writer, body in
                    writer.write(body, urls: addresses.firstIndex(of: body.place.urls) ?? 0)
                }
            }
            writer.write(chunk.bytes.count)
            writer.append(chunk.bytes)
        }
        writer.write(cache.related) { writer, related in
            writer.write(related.key) { $0.write($1) }
            writer.write(related.limit)
            writer.write(related.result) { writer, indices in writer.write(indices) { $0.write($1) } }
        }
    }

    static func readContent(_ reader: inout CacheReader) throws(CacheReader.Damaged) -> ContentCache {
        var cache = ContentCache()
        cache.marks = LanguageMarks(defaultLanguage: try reader.readString(), others: try reader.readStrings())
        cache.images = ImageCatalog(entries: try reader.readTable { reader throws(CacheReader.Damaged) in try reader.readImageEntry() })
        let addresses = try reader.readArray { reader throws(CacheReader.Damaged) -> SiteURLs in
            let base = BaseURL(origin: try reader.readString(), path: try reader.readString())
            guard case .success(let permalink) = PermalinkPattern.parse(try reader.readString()) else { throw CacheReader.Damaged() }
            return SiteURLs(base: base, permalink: permalink, languageFolder: try reader.readString())
        }
        let count = try reader.readCount()
        var split: [CacheReader] = []
        for _ in stride(from: 0, to: count, by: chunkSize) { split.append(try reader.split(length: try reader.readCount())) }
        let chunks = split
        let decoded = Parallel.map(chunks.count) { index -> [(String, ContentCache.ReadArticle, ContentCache.RenderedBody?)]? in
            var chunk = chunks[index]
            return try? chunk.readEntries(count: min(chunkSize, count - index * chunkSize), addresses: addresses)
        }
        cache.articles.reserveCapacity(count)
        cache.markdown.reserveCapacity(count)
        for entries in decoded {
            guard let entries else { throw CacheReader.Damaged() }
            for (path, article, body) in entries {
                cache.articles[path] = article
                if let body { cache.markdown[path] = body }
            }
        }
        guard cache.articles.count == count else { throw CacheReader.Damaged() }
        cache.related = try reader.readTable { reader throws(CacheReader.Damaged) in
            ContentCache.Related(
                key: try reader.readArray { reader throws(CacheReader.Damaged) in try reader.readStrings() },
                limit: try reader.readInt(),
                result: try reader.readArray { reader throws(CacheReader.Damaged) in
                    try reader.readArray { reader throws(CacheReader.Damaged) in try reader.readInt() }
                })
        }
        return cache
    }

    static func isStorable(_ entry: ImageCatalog.Entry) -> Bool {
        guard entry.signature != nil, case .success = entry.result else { return false }
        return true
    }

    static func isStorable(_ article: ContentCache.ReadArticle) -> Bool {
        guard article.signature != nil, let draft = article.draft, article.failedDocument == nil else { return false }
        return draft.params.values.allSatisfy(\.isStorable)
    }

    /// A body whose links all lead somewhere, whose images could all be read and that was
    /// parsed: one linking to a missing file is rendered again, as its warning may change
    /// without its own file changing.
    static func isStorable(_ body: ContentCache.RenderedBody) -> Bool {
        guard body.document.shapeProblem == nil else { return false }
        let resolved = body.resolutions.allSatisfy { resolution in
            if case .missing = resolution.resolution { return false }
            return true
        }
        return resolved && body.imageUses.allSatisfy { use in use.entry.map(isStorable) ?? true }
    }
}

extension CacheReader {
    /// One chunk of articles, each with its rendered body when the file kept it.
    mutating func readEntries(count: Int, addresses: [SiteURLs]) throws(Damaged)
        -> [(String, ContentCache.ReadArticle, ContentCache.RenderedBody?)] {
        var entries: [(String, ContentCache.ReadArticle, ContentCache.RenderedBody?)] = []
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let path = try readString()
            let article = try readArticle()
            let markdown = article.draft?.document.body ?? ""
            let body = try readOptional { reader throws(Damaged) in try reader.readRenderedBody(body: markdown, urls: addresses) }
            entries.append((path, article, body))
        }
        guard isAtEnd else { throw Damaged() }
        return entries
    }
}

extension LanguageMarks {
    /// Marks read back from the content cache.
    init(defaultLanguage: String, others: [String]) {
        self.defaultLanguage = defaultLanguage
        self.others = others
    }
}
