/// The tables of `.zeche-cache/content`: the language marks, the sites' addresses, the image
/// headers, the names of the parts that hold the articles with their rendered bodies (read
/// in parallel), the related articles' inputs and the digests of the link targets the bodies
/// resolve against. What the file cannot keep (a file that could not be read or has
/// no draft, a front matter date in an unknown key, a body with a link to a missing file or a
/// damaged image) is left out: the next build reads or renders it again.
extension ContentStore {
    /// The number of parts `count` articles are spread over (a power of two): at least 16,
    /// about 128 articles a part up to 256 parts, then more a part. An edit rewrites its
    /// article's part: with 500 articles a part, 6 MB and a twentieth of a warm build's CPU at
    /// 10,000 articles. Each part keeps a file open while the build runs: 256 at most.
    static func partCount(articles count: Int) -> Int {
        var parts = 16
        while parts * 128 < count, parts < 256 { parts *= 2 }
        return parts
    }

    /// What of a content cache the file keeps.
    typealias Storable = (images: [String: ImageCatalog.Entry], articles: [String: ContentCache.ReadArticle],
                          bodies: [String: ContentCache.RenderedBody])

    /// What of `cache` the file keeps. Usually everything: a table is then kept as it is, not
    /// filtered into a new one (which hashed every path again: 13 ms of a warm build at
    /// 10,000 articles).
    static func storable(_ cache: ContentCache) -> Storable {
        func kept<Value>(_ table: [String: Value], _ isKept: ((key: String, value: Value)) -> Bool) -> [String: Value] {
            table.allSatisfy(isKept) ? table : table.filter(isKept)
        }
        let articles = kept(cache.articles) { isStorable($0.value) }
        // Each body with its article, whose Markdown it was rendered from.
        let bodies = kept(cache.markdown) { articles[$0.key]?.draft?.document.bodyHash == $0.value.bodyHash && isStorable($0.value) }
        return (kept(cache.images.entries) { isStorable($0.value) }, articles, bodies)
    }

    /// About the bytes a part keeps of an article besides its body's HTML and text (3.3 KB on
    /// average in the benchmark's corpus): what a part's writer reserves for each.
    static let articleBytesEstimate = 4096

    /// The part of the file that holds an article.
    static func part(of path: String, count: Int) -> Int {
        Int(FileDigest.xxh64(path) % UInt64(count))
    }

    /// Writes the header's tables into `writer` and the parts that changed into files of
    /// their own; returns the names of all parts. `partStores`, one per part, hold the bodies
    /// a cold build rendered (`BodyStore(part:in:)`): a part whose bodies are all in its store
    /// is sealed there, the others are written whole.
    func writeContent(_ cache: ContentCache, storable: Storable, marks: LanguageMarks, previous: Layout?, changedPaths: Set<String>,
                      partStores: [BodyStore] = [], into writer: inout CacheWriter) -> Result<[String], WriteFailure> {
        writer.write(marks.defaultLanguage)
        writer.write(marks.others)
        let (images, articles, bodies) = storable
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
        let partCount = Self.partCount(articles: articles.count)
        var paths = Array(repeating: [String](), count: partCount)
        for path in articles.keys { paths[Self.part(of: path, count: partCount)].append(path) }
        for index in paths.indices { paths[index].sort() }
        var dirty = Array(repeating: true, count: partCount)
        if let previous, previous.addresses == addresses, previous.parts.count == partCount {
            // Authors, pages and the like are read again by every build; they are in no part.
            var changedParts = Set(changedPaths.filter { articles[$0] != nil }.map { Self.part(of: $0, count: partCount) })
            for (index, part) in previous.parts.enumerated() where part.paths != paths[index] { changedParts.insert(index) }
            dirty = (0..<partCount).map(changedParts.contains)
        }
        let (dirtyParts, partPaths, partAddresses) = (dirty, paths, addresses)
        // Each part is written as soon as it is made: the parts together are as large as the
        // site's HTML, and none of them is kept.
        let folder = folder
        let made = Parallel.map(partCount) { index -> Result<String, WriteFailure> in
            if !dirtyParts[index], let name = previous?.parts[index].name { return .success(name) }
            if partStores.count == partCount,
               partPaths[index].allSatisfy({ bodies[$0].map { $0.rendered.slices(in: partStores[index]) != nil } ?? true }) {
                return sealPart(partPaths[index], in: partStores[index], articles: articles, bodies: bodies, addresses: partAddresses)
            }
            // The bodies' sizes are known without reading them, and what is kept of an article
            // is about 4 KB: the part is made at about its size, with room in its heap for
            // the sealed bytes that follow it in the file (`takeSealedAfterHeap`).
            let bodyBytes = partPaths[index].reduce(0) { $0 + (bodies[$1]?.rendered.byteCount ?? 0) }
            let articleBytes = partPaths[index].count * Self.articleBytesEstimate
            var part = CacheWriter(capacity: articleBytes, heapCapacity: bodyBytes + articleBytes)
            for path in partPaths[index] {
                guard let article = articles[path] else { continue }
                part.write(path)
                part.write(article)
                part.write(bodies[path]) { writer, body in
                    writer.write(body, urls: partAddresses.firstIndex(of: body.place.urls) ?? 0)
                }
            }
            // The bodies' HTML and text first, then what a build reads of every article.
            let bytes = part.takeSealedAfterHeap()
            let checksum = CacheWriter.checksum(ofSealed: bytes) ?? 0
            // Parts with the same bytes (empty ones) have the same name and the same file.
            let name = Self.fileName + "-" + String(checksum, radix: 16)
            if let failure = CacheFile.write(bytes, named: name, in: folder, writer: index) { return .failure(WriteFailure(text: failure)) }
            return .success(name)
        }
        var names: [String] = []
        writer.write(partCount)
        for (result, count) in zip(made, paths.map(\.count)) {
            switch result {
            case .success(let name):
                names.append(name)
                writer.write(name)
                writer.write(count)
            case .failure(let failure):
                return .failure(failure)
            }
        }
        writer.write(cache.related) { writer, related in
            writer.write(related.key)
            writer.write(related.limit)
            writer.write(related.result) { writer, indices in writer.write(indices) { $0.write($1) } }
        }
        // Every body kept was rendered or checked against these targets by this build.
        writer.write(cache.linkTargets.mapValues(\.digest)) { $0.write($1) }
        return .success(names)
    }

    /// Seals the part whose bodies `store` holds: its articles after them, the file named by
    /// their checksum.
    private func sealPart(_ paths: [String], in store: BodyStore, articles: [String: ContentCache.ReadArticle],
                          bodies: [String: ContentCache.RenderedBody], addresses: [SiteURLs]) -> Result<String, WriteFailure> {
        var part = CacheWriter(capacity: paths.count * Self.articleBytesEstimate)
        for path in paths {
            guard let article = articles[path] else { continue }
            part.write(path)
            part.write(article)
            part.write(bodies[path]) { writer, body in
                writer.write(body, urls: addresses.firstIndex(of: body.place.urls) ?? 0, heap: store)
            }
        }
        let sealed = part.takeSealed()
        let name = Self.fileName + "-" + String(CacheWriter.checksum(ofSealed: sealed) ?? 0, radix: 16)
        if let failure = store.seal(with: sealed, as: name, in: folder) { return .failure(WriteFailure(text: failure)) }
        return .success(name)
    }

    func readContent(_ reader: inout CacheReader) throws(CacheReader.Damaged) -> (ContentCache, Layout) {
        var cache = ContentCache()
        cache.marks = LanguageMarks(defaultLanguage: try reader.readString(), others: try reader.readStrings())
        cache.images = ImageCatalog(entries: try reader.readTable { reader throws(CacheReader.Damaged) in try reader.readImageEntry() })
        let addresses = try reader.readArray { reader throws(CacheReader.Damaged) -> SiteURLs in
            let base = BaseURL(origin: try reader.readString(), path: try reader.readString())
            guard case .success(let permalink) = PermalinkPattern.parse(try reader.readString()) else { throw CacheReader.Damaged() }
            return SiteURLs(base: base, permalink: permalink, languageFolder: try reader.readString())
        }
        var listed: [(name: String, count: Int)] = []
        let partCount = try reader.readCount()
        for _ in 0..<partCount {
            let name = try reader.readString()
            // Only a part's own name: nothing outside the cache folder is read.
            guard name.hasPrefix(Self.fileName + "-"), !name.contains("/") else { throw CacheReader.Damaged() }
            listed.append((name, try reader.readCount()))
        }
        let parts = listed
        let folder = folder
        let rootPath = siteRoot
        // Of each part only the articles are read and verified; it stays open, and its bodies'
        // HTML and text are read from it (and verified by their hashes) only when a page, a
        // feed or the search index needs them.
        let decoded = Parallel.map(parts.count, makeState: { [UInt8]() }) { index, buffer
            -> (BodyStore, [(String, ContentCache.ReadArticle, ContentCache.RenderedBody?)])? in
            guard let descriptor = CacheFile.openForReading(folder.appendingPathComponent(parts[index].name).path) else { return nil }
            let store = BodyStore(reading: descriptor)
            guard let (count, heapCount) = CacheFile.readSealedEnd(descriptor, into: &buffer),
                  var part = CacheReader.verified(buffer, count: count, afterHeapOf: heapCount),
                  let entries = try? part.readEntries(count: parts[index].count, addresses: addresses, rootPath: rootPath, store: store)
            else { return nil }
            return (store, entries)
        }
        var layout: [(name: String, paths: [String])] = []
        var stores: [BodyStore] = []
        // Made at their size at once: growing two tables of 10,000 entries rehashes them often.
        let total = decoded.reduce(0) { $0 + ($1?.1.count ?? 0) }
        cache.articles.reserveCapacity(total)
        cache.markdown.reserveCapacity(total)
        for (part, read) in zip(parts, decoded) {
            guard let read else { throw CacheReader.Damaged() }
            let (store, entries) = read
            for (path, article, body) in entries {
                cache.articles[path] = article
                if let body { cache.markdown[path] = body }
            }
            layout.append((part.name, entries.map(\.0)))
            stores.append(store)
        }
        cache.related = try reader.readTable { reader throws(CacheReader.Damaged) in
            ContentCache.Related(
                key: try reader.readUInt64(),
                limit: try reader.readInt(),
                result: try reader.readArray { reader throws(CacheReader.Damaged) in
                    try reader.readArray { reader throws(CacheReader.Damaged) in try reader.readInt() }
                })
        }
        cache.checkedTargets = try reader.readTable { reader throws(CacheReader.Damaged) in try reader.readUInt64() }
        return (cache, Layout(parts: layout, addresses: addresses, stores: stores))
    }

    /// The largest rendered body (HTML and text) the content cache keeps.
    static let maxBodyBytes = 1 << 20

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
    /// without its own file changing. A body of more than a megabyte (a rare, huge article)
    /// is rendered again too: kept, it would cost a build several times its size in memory.
    static func isStorable(_ body: ContentCache.RenderedBody) -> Bool {
        guard body.document.shapeProblem == nil, body.rendered.byteCount <= maxBodyBytes else { return false }
        let resolved = body.resolutions.allSatisfy { resolution in
            if case .missing = resolution.resolution { return false }
            return true
        }
        return resolved && body.imageUses.allSatisfy { use in use.entry.map(isStorable) ?? true }
    }
}

extension CacheReader {
    /// One part's articles, each with its rendered body when the file kept it, whose HTML
    /// and text `store` reads from the part when they are needed.
    mutating func readEntries(count: Int, addresses: [SiteURLs], rootPath: String, store: BodyStore) throws(Damaged)
        -> [(String, ContentCache.ReadArticle, ContentCache.RenderedBody?)] {
        var entries: [(String, ContentCache.ReadArticle, ContentCache.RenderedBody?)] = []
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let path = try readPath()
            let article = try readArticle(rootPath: rootPath)
            let bodyHash = article.draft?.document.bodyHash ?? 0
            let body = try readOptional { reader throws(Damaged) in try reader.readRenderedBody(bodyHash: bodyHash, urls: addresses, store: store) }
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
