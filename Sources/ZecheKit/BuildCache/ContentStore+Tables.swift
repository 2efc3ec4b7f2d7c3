/// The tables of `.zeche-cache/content`: the language marks, the sites' addresses, the image
/// headers, the articles, the rendered bodies and the related articles' inputs. What the file
/// cannot keep (a file that could not be read or has no draft, a front matter date in an
/// unknown key, a body with a link to a missing file or a damaged image) is left out: the
/// next build reads or renders it again.
extension ContentStore {
    /// What of `cache` the file keeps.
    static func storable(_ cache: ContentCache)
        -> (images: [String: ImageCatalog.Entry], articles: [String: ContentCache.ReadArticle], bodies: [String: ContentCache.RenderedBody]) {
        let articles = cache.articles.filter { isStorable($0.value) }
        // Each body by its article, whose Markdown it shares.
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
        writer.write(articles) { $0.write($1) }
        var addresses: [SiteURLs] = []
        writer.write(bodies.count)
        for path in bodies.keys.sorted() {
            guard let body = bodies[path] else { continue }
            let index = addresses.firstIndex(of: body.place.urls) ?? addresses.count
            if index == addresses.count {
                addresses.append(body.place.urls)
                writer.write(true)
                writer.write(body.place.urls.base.origin)
                writer.write(body.place.urls.base.path)
                writer.write(body.place.urls.permalink.description)
                writer.write(body.place.urls.languageFolder)
            } else {
                writer.write(false)
            }
            writer.write(path)
            writer.write(body, urls: index)
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
        cache.articles = try reader.readTable { reader throws(CacheReader.Damaged) in try reader.readArticle() }
        var addresses: [SiteURLs] = []
        let bodyCount = try reader.readCount()
        cache.markdown.reserveCapacity(bodyCount)
        for _ in 0..<bodyCount {
            if try reader.readBool() {
                let base = BaseURL(origin: try reader.readString(), path: try reader.readString())
                guard case .success(let permalink) = PermalinkPattern.parse(try reader.readString()) else { throw CacheReader.Damaged() }
                addresses.append(SiteURLs(base: base, permalink: permalink, languageFolder: try reader.readString()))
            }
            let path = try reader.readString()
            guard let body = cache.articles[path]?.draft?.document.body else { throw CacheReader.Damaged() }
            cache.markdown[path] = try reader.readRenderedBody(body: body, urls: addresses)
        }
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

extension LanguageMarks {
    /// Marks read back from the content cache.
    init(defaultLanguage: String, others: [String]) {
        self.defaultLanguage = defaultLanguage
        self.others = others
    }
}
