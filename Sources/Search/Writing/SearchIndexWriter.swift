/// Writes the files of the index from the analysed documents.
struct SearchIndexWriter {
    let documents: [SearchDocument]
    let years: [String?]
    let table: PostingTable
    let languages: [SearchLanguage]
    let siteLanguage: SearchLanguage
    let options: SearchIndexOptions

    func files() -> [SearchIndexFile] {
        var files: [SearchIndexFile] = []
        // Terms are NFC, so String's order is the order of their code points (their UTF-8 bytes),
        // and no two differ only in form.
        let order = table.terms.enumerated().map { ($0.element, $0.offset) }.sorted { $0.0 < $1.0 }.map(\.1)
        let sortedTerms = order.map { table.terms[$0] }
        let postings = order.map { Self.postings(table.lists[$0]) }
        let sizes = zip(sortedTerms, postings).map { $0.utf8.count + $1.count + 6 }
        let plan = ShardPlan(sortedTerms: sortedTerms, sizes: sizes, splitBytes: options.shardSplitBytes)
        for shard in plan.shards {
            let name = ShardPlan.fileName(for: shard.key)
            var terms = JSONText()
            terms.raw("{")
            terms.key("postings", first: true)
            terms.array(shard.terms) { $0.plainString(postings[$1]) }
            terms.key("terms")
            terms.strings(Array(sortedTerms[shard.terms]))
            terms.raw("}")
            files.append(SearchIndexFile(path: "terms/\(name).json", bytes: terms.bytes))
            var positions = JSONText()
            positions.raw("{")
            positions.key("positions", first: true)
            positions.array(shard.terms) { $0.plainString(Self.positions(table.lists[order[$1]])) }
            positions.raw("}")
            files.append(SearchIndexFile(path: "positions/\(name).json", bytes: positions.bytes))
        }
        files += documentFiles()
        let facets = FacetTable(documents: documents, years: years)
        files.append(facetFile(facets))
        files.append(manifest(shardKeys: plan.shards.map(\.key), facets: facets))
        return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// Per posting: (document − previous document − 1) × 32 + mask.
    static func postings(_ list: PostingList) -> [UInt8] {
        var output: [UInt8] = []
        var previous = -1
        for (document, mask) in zip(list.documents, list.masks) {
            VarintText.append((Int(document) - previous - 1) * 32 + Int(mask), to: &output)
            previous = Int(document)
        }
        return output
    }

    /// Per posting: the number of positions, the first, then the differences.
    static func positions(_ list: PostingList) -> [UInt8] {
        var output: [UInt8] = []
        for index in list.documents.indices {
            let positions = list.positions(at: index)
            VarintText.append(positions.count, to: &output)
            var previous = 0
            for position in positions {
                VarintText.append(Int(position) - previous, to: &output)
                previous = Int(position)
            }
        }
        return output
    }

    private func documentFiles() -> [SearchIndexFile] {
        var files: [SearchIndexFile] = []
        for start in stride(from: 0, to: documents.count, by: options.documentsPerChunk) {
            var json = JSONText()
            json.raw("{")
            json.key("docs", first: true)
            json.array(documents[start..<min(start + options.documentsPerChunk, documents.count)]) { json, document in
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
                json.raw("]")
            }
            json.raw("}")
            files.append(SearchIndexFile(path: "docs/\(start / options.documentsPerChunk).json", bytes: json.bytes))
        }
        for start in stride(from: 0, to: documents.count, by: options.textsPerChunk) {
            var json = JSONText()
            json.raw("{")
            json.key("texts", first: true)
            json.array(documents[start..<min(start + options.textsPerChunk, documents.count)]) {
                $0.string(TextCut.cut($1.bodyText, limit: options.textLength))
            }
            json.raw("}")
            files.append(SearchIndexFile(path: "text/\(start / options.textsPerChunk).json", bytes: json.bytes))
        }
        return files
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

    private func manifest(shardKeys: [String], facets: FacetTable) -> SearchIndexFile {
        var json = JSONText()
        json.raw("{")
        json.key("documentChunk", first: true)
        json.integer(options.documentsPerChunk)
        json.key("documents")
        json.integer(documents.count)
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
        json.strings(shardKeys)
        json.key("textChunk")
        json.integer(options.textsPerChunk)
        json.key("version")
        json.integer(SearchIndex.formatVersion)
        json.raw("}")
        return SearchIndexFile(path: "manifest.json", bytes: json.bytes)
    }
}
