import Dispatch
import Synchronization
import TextCore

/// Writes the files of the index from the analysed documents: all of them, or those an
/// update names.
struct SearchIndexWriter: Sendable {
    let model: IndexModel
    let layout: IndexLayout
    let siteLanguage: SearchLanguage
    let options: SearchIndexOptions

    /// Every file of the index, sorted by path.
    func files() -> [SearchIndexFile] {
        var files = layout.shards.flatMap(shardFiles)
        files += (0..<documentChunkCount).map(documentChunk)
        files += (0..<textChunkCount).map(textChunk)
        files += facetFiles()
        return files.sorted { $0.path.precedesInUTF8($1.path) }
    }

    /// Every file of the index, each handed to `body` once, in no fixed order, from up to
    /// `options.workers` threads.
    func forEachFile(_ body: @Sendable (SearchIndexFile) -> Void) {
        let shards = layout.shards
        let (documentChunks, textChunks) = (documentChunkCount, textChunkCount)
        // The shards make two files each; the last task makes the facets and the manifest.
        let taskCount = shards.count + documentChunks + textChunks + 1
        @Sendable func task(_ number: Int) {
            switch number {
            case ..<shards.count:
                for file in shardFiles(shards[number]) { body(file) }
            case ..<(shards.count + documentChunks):
                body(documentChunk(number - shards.count))
            case ..<(shards.count + documentChunks + textChunks):
                body(textChunk(number - shards.count - documentChunks))
            default:
                for file in facetFiles() { body(file) }
            }
        }
        if options.workers == 1 {
            for number in 0..<taskCount { task(number) }
        } else {
            DispatchQueue.concurrentPerform(iterations: taskCount) { task($0) }
        }
    }

    /// The path of every file of the index, sorted.
    var paths: [String] {
        let names = layout.shards.map { ShardPlan.fileName(for: $0.key) }
        let paths = names.map { "terms/\($0).json" } + names.map { "positions/\($0).json" }
            + (0..<documentChunkCount).map { "docs/\($0).json" } + (0..<textChunkCount).map { "text/\($0).json" }
            + ["facets.json", "manifest.json"]
        return paths.sorted { $0.precedesInUTF8($1) }
    }

    var documentChunkCount: Int { (model.documents.count + options.documentsPerChunk - 1) / options.documentsPerChunk }
    var textChunkCount: Int { (model.documents.count + options.textsPerChunk - 1) / options.textsPerChunk }

    /// The term and positions files of the shards `keys`, the record and text chunks of the
    /// documents at `positions`, the facets and the manifest.
    func files(shards keys: Set<String>, documents positions: [Int]) -> [SearchIndexFile] {
        let shards = layout.shards.filter { keys.contains($0.key) }
        let documentChunks = Set(positions.map { $0 / options.documentsPerChunk }).sorted()
        let textChunks = Set(positions.map { $0 / options.textsPerChunk }).sorted()
        // One task per shard and chunk and one for the facets, on up to `options.workers` threads.
        let taskCount = shards.count + documentChunks.count + textChunks.count + 1
        let made = Mutex([[SearchIndexFile]](repeating: [], count: taskCount))
        let task = { @Sendable (number: Int) in
            let files = switch number {
            case ..<shards.count: shardFiles(shards[number])
            case ..<(shards.count + documentChunks.count): [documentChunk(documentChunks[number - shards.count])]
            case ..<(taskCount - 1): [textChunk(textChunks[number - shards.count - documentChunks.count])]
            default: facetFiles()
            }
            made.withLock { $0[number] = files }
        }
        if options.workers == 1 {
            for number in 0..<taskCount { task(number) }
        } else {
            DispatchQueue.concurrentPerform(iterations: taskCount, execute: task)
        }
        return made.withLock { $0 }.flatMap { $0 }
    }

    private func shardFiles(_ shard: ShardPlan.Shard) -> [SearchIndexFile] {
        let name = ShardPlan.fileName(for: shard.key)
        let ids = layout.order[shard.terms]
        var terms = JSONText()
        terms.raw("{")
        terms.key("postings", first: true)
        terms.array(ids) { $0.plainString(layout.encoded[Int($1)]) }
        terms.key("terms")
        terms.strings(ids.map { model.base.terms[Int($0)] })
        terms.raw("}")
        var positions = JSONText()
        positions.raw("{")
        positions.key("positions", first: true)
        positions.array(ids) { $0.plainString(Self.positions(model.filedList(of: $1))) }
        positions.raw("}")
        return [SearchIndexFile(path: "terms/\(name).json", bytes: terms.bytes),
                SearchIndexFile(path: "positions/\(name).json", bytes: positions.bytes)]
    }

    /// Per posting: (document − previous document − 1) × 32 + mask.
    static func postings(_ list: PostingList) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(2 * list.count)
        var previous = -1
        list.forEachDocument { document, mask in
            VarintText.append((Int(document) - previous - 1) * 32 + Int(mask), to: &output)
            previous = Int(document)
        }
        return output
    }

    /// Per posting: the number of positions, the first, then the differences, which are the
    /// numbers the posting list holds for them.
    static func positions(_ list: PostingList) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(list.bytes.count)
        list.forEachPositionNumber { VarintText.append(Int($0), to: &output) }
        return output
    }

    private func documentChunk(_ chunk: Int) -> SearchIndexFile {
        let documents = model.documents
        let start = chunk * options.documentsPerChunk
        let chunkDocuments = documents[start..<min(start + options.documentsPerChunk, documents.count)]
        var json = JSONText()
        json.raw("{")
        json.key("docs", first: true)
        json.array(chunkDocuments) { json, document in
            json.raw("[")
            json.string(document.url)
            json.raw(",")
            json.string(document.title)
            json.raw(",")
            json.string(document.date)
            json.raw(",")
            json.string(document.section)
            json.raw(",")
            json.strings(document.categories)
            json.raw(",")
            json.string(TextCut.cut(document.summary.isEmpty ? document.bodyText : document.summary, limit: options.excerptLength))
            if !document.label.isEmpty {
                json.raw(",")
                json.string(document.label)
            }
            json.raw("]")
        }
        json.raw("}")
        return SearchIndexFile(path: "docs/\(chunk).json", bytes: json.bytes)
    }

    private func textChunk(_ chunk: Int) -> SearchIndexFile {
        let documents = model.documents
        let start = chunk * options.textsPerChunk
        let chunkDocuments = documents[start..<min(start + options.textsPerChunk, documents.count)]
        var json = JSONText()
        json.raw("{")
        json.key("texts", first: true)
        var scratch: [UInt8] = []
        json.array(chunkDocuments) { json, document in
            document.body.withUTF8(scratch: &scratch) { text in
                // At most `textLength` bytes are at most as many scalars: the text stays whole.
                if text.count <= options.textLength {
                    json.string(utf8: text)
                } else {
                    json.string(TextCut.cut(String(decoding: text, as: UTF8.self), limit: options.textLength))
                }
            }
        }
        json.raw("}")
        return SearchIndexFile(path: "text/\(chunk).json", bytes: json.bytes)
    }

    /// `facets.json` and the manifest, which both show the facets.
    private func facetFiles() -> [SearchIndexFile] {
        let facets = FacetTable(documents: model.documents, years: model.years)
        return [facetFile(facets), manifest(facets)]
    }

    private func facetFile(_ facets: FacetTable) -> SearchIndexFile {
        var json = JSONText()
        json.raw("{")
        for (name, facet, isFirst) in [("category", facets.categories, true), ("section", facets.sections, false), ("year", facets.years, false)] {
            if !isFirst { json.raw(",") }
            json.string(name)
            json.raw(":")
            json.array(facet.values) { $0.plainString(FacetTable.ranges($1.documents)) }
        }
        json.raw("}")
        return SearchIndexFile(path: "facets.json", bytes: json.bytes)
    }

    private func manifest(_ facets: FacetTable) -> SearchIndexFile {
        let languages = Set(model.languages + [siteLanguage]).sorted { $0.code < $1.code }
        var json = JSONText()
        json.raw("{")
        json.key("documentChunk", first: true)
        json.integer(options.documentsPerChunk)
        json.key("documents")
        json.integer(model.documents.count)
        json.key("facets")
        json.raw("{")
        for (name, facet, isFirst) in [("category", facets.categories, true), ("section", facets.sections, false), ("year", facets.years, false)] {
            if !isFirst { json.raw(",") }
            json.string(name)
            json.raw(":")
            json.array(facet.values) { json, value in
                json.raw("[")
                json.string(value.name)
                json.raw(",")
                json.integer(value.documents.count)
                json.raw("]")
            }
        }
        json.raw("}")
        json.key("format")
        json.string("zeche-search")
        json.key("language")
        json.string(siteLanguage.code)
        json.key("languages")
        json.raw("{")
        for (index, language) in languages.enumerated() {
            if index > 0 { json.raw(",") }
            json.string(language.code)
            json.raw(":{\"stemmer\":")
            json.string(language.stemmerName)
            json.key("stopWords")
            json.strings(language.stopWords)
            json.raw("}")
        }
        json.raw("}")
        json.key("shards")
        json.strings(layout.shards.map(\.key))
        json.key("textChunk")
        json.integer(options.textsPerChunk)
        json.key("version")
        json.integer(SearchIndex.formatVersion)
        json.raw("}")
        return SearchIndexFile(path: "manifest.json", bytes: json.bytes)
    }
}
