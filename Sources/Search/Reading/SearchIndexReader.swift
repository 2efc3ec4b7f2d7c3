import Foundation

/// Reads an index and answers queries exactly as `Templates/assets/search.js` does: the
/// reference the browser test holds the client to, and the ranking the unit tests check.
///
/// Scoring, in integers: a clause scores for a document the best of its matching terms,
/// `(mask & 15) × 4 + quality`, where the mask's fields are title 8, subtitle 4, metadata 2,
/// text 1 (so a title match outranks any match without the title) and the quality is 3 for
/// the exact term, 2 for a longer term found by prefix and 1 for a compound's tail. A phrase
/// scores the sum of its words. A document's score is the sum of its clauses', and it is a
/// result only if every clause matches. Results are ordered by score, then newer first.
package struct SearchIndexReader: Sendable {
    package let manifest: IndexManifest
    let load: @Sendable (String) -> [UInt8]?
    private let languages: [SearchLanguage]

    package enum ReadError: Error, Equatable {
        case missingFile(String)
        case invalidFile(String)
        case unsupportedVersion(Int)
    }

    /// Reads `manifest.json` through `load`, which returns a file's bytes by its index path.
    package init(load: @escaping @Sendable (String) -> [UInt8]?) throws {
        guard let bytes = load("manifest.json") else { throw ReadError.missingFile("manifest.json") }
        guard let manifest = try? JSONDecoder().decode(IndexManifest.self, from: Data(bytes)),
              manifest.format == "zeche-search" else { throw ReadError.invalidFile("manifest.json") }
        guard manifest.version == SearchIndex.formatVersion else { throw ReadError.unsupportedVersion(manifest.version) }
        self.manifest = manifest
        self.load = load
        languages = manifest.languages.keys.sorted().map { SearchLanguage($0) }
    }

    /// Reads the index among `files`.
    package init(files: [SearchIndexFile]) throws {
        let byPath = Dictionary(files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        try self.init(load: { byPath[$0] })
    }

    /// The documents that match `query`, best first.
    package func search(_ query: String, filters: SearchFilters = SearchFilters()) throws -> [SearchHit] {
        let parsed = SearchQuery(query, languages: languages)
        guard !parsed.clauses.isEmpty else { return [] }
        var total = [Int](repeating: 0, count: manifest.documents)
        var matched = [Int](repeating: 0, count: manifest.documents)
        for clause in parsed.clauses {
            for (document, score) in try scores(of: clause) {
                total[document] += score
                matched[document] += 1
            }
        }
        let allowed = try allowedDocuments(filters)
        var hits: [SearchHit] = []
        for document in 0..<manifest.documents where matched[document] == parsed.clauses.count && allowed?.contains(document) != false {
            hits.append(SearchHit(document: document, score: total[document]))
        }
        return hits.sorted { $0.score != $1.score ? $0.score > $1.score : $0.document < $1.document }
    }

    /// The result record of document `id`.
    package func record(_ id: Int) throws -> SearchRecord {
        let path = "docs/\(id / manifest.documentChunk).json"
        guard let bytes = load(path) else { throw ReadError.missingFile(path) }
        guard let chunk = try? JSONDecoder().decode(DocumentChunk.self, from: Data(bytes)),
              chunk.docs.indices.contains(id % manifest.documentChunk) else { throw ReadError.invalidFile(path) }
        return chunk.docs[id % manifest.documentChunk].record
    }

    private func scores(of clause: SearchQuery.Clause) throws -> [Int: Int] {
        switch clause {
        case let .word(word, prefix):
            var best: [Int: Int] = [:]
            for variant in word.variants {
                let isPrefix = prefix && variant.unicodeScalars.count >= 3
                for (term, postings) in try terms(matching: variant, prefix: isPrefix) {
                    for posting in postings {
                        let quality = posting.mask & 16 != 0 ? 1 : term == variant ? 3 : 2
                        let score = (posting.mask & 15) * 4 + quality
                        best[posting.document] = max(best[posting.document] ?? 0, score)
                    }
                }
            }
            return best
        case let .phrase(words):
            var perWord: [[Int: (score: Int, positions: Set<Int>)]] = []
            for word in words {
                var found: [Int: (score: Int, positions: Set<Int>)] = [:]
                for variant in word.variants {
                    for (_, postings) in try terms(matching: variant, prefix: false, positions: true) {
                        for posting in postings {
                            let score = (posting.mask & 15) * 4 + (posting.mask & 16 != 0 ? 1 : 3)
                            let previous = found[posting.document] ?? (0, [])
                            found[posting.document] = (max(previous.score, score), previous.positions.union(posting.positions))
                        }
                    }
                }
                perWord.append(found)
            }
            var result: [Int: Int] = [:]
            for (document, first) in perWord[0] where perWord.allSatisfy({ $0[document] != nil }) {
                let isPhrase = first.positions.contains { start in
                    zip(words, perWord).allSatisfy { word, found in
                        found[document]?.positions.contains(start - words[0].offset + word.offset) == true
                    }
                }
                if isPhrase { result[document] = perWord.reduce(0) { $0 + ($1[document]?.score ?? 0) } }
            }
            return result
        }
    }

    private func allowedDocuments(_ filters: SearchFilters) throws -> Set<Int>? {
        let wanted = [("section", filters.section), ("category", filters.category), ("year", filters.year)]
            .compactMap { name, value in value.map { (name, $0) } }
        guard !wanted.isEmpty else { return nil }
        guard let bytes = load("facets.json") else { throw ReadError.missingFile("facets.json") }
        guard let facets = try? JSONDecoder().decode([String: [String]].self, from: Data(bytes)) else {
            throw ReadError.invalidFile("facets.json")
        }
        var allowed: Set<Int>?
        for (name, value) in wanted {
            var documents = Set<Int>()
            if let index = manifest.facets[name]?.firstIndex(where: { $0.name == value }),
               let ranges = facets[name].flatMap({ $0.indices.contains(index) ? VarintText.decode($0[index]) : nil }) {
                var end = 0
                for pair in stride(from: 0, to: ranges.count - 1, by: 2) {
                    let start = end + ranges[pair]
                    end = start + ranges[pair + 1] + 1
                    documents.formUnion(start..<end)
                }
            }
            allowed = allowed.map { $0.intersection(documents) } ?? documents
        }
        return allowed
    }
}
