import Search

/// Reads what `CacheWriter+SearchState.swift` wrote.
extension CacheReader {
    mutating func readSnapshot() throws(Damaged) -> SearchIndexState.Snapshot {
        let language = try readString()
        var numbers: [Int] = []
        for _ in 0..<5 { numbers.append(try readInt()) }
        let options = SearchIndexOptions(documentsPerChunk: numbers[0], textsPerChunk: numbers[1], shardSplitBytes: numbers[2],
                                         excerptLength: numbers[3], textLength: numbers[4])
        let count = try readCount()
        var documents: [SearchDocument] = []
        var identities: [UInt64] = []
        var languages: [String] = []
        var years: [String?] = []
        documents.reserveCapacity(count)
        for _ in 0..<count {
            let (id, url, title, subtitle, summary) = (try readString(), try readString(), try readString(), try readString(), try readString())
            let (section, date, tag, label) = (try readString(), try readString(), try readString(), try readString())
            documents.append(SearchDocument(id: id, url: url, title: title, subtitle: subtitle, summary: summary, tags: try readStrings(),
                                            categories: try readStrings(), section: section, authors: try readStrings(), date: date,
                                            language: tag, label: label))
            identities.append(try readUInt64())
            languages.append(try readString())
            years.append(try readOptionalString())
        }
        let termCount = try readCount()
        var terms: [String] = []
        var lists: [[UInt8]] = []
        var encoded: [[UInt8]] = []
        terms.reserveCapacity(termCount)
        lists.reserveCapacity(termCount)
        encoded.reserveCapacity(termCount)
        for _ in 0..<termCount {
            terms.append(try readString())
            lists.append(try readBytes())
            encoded.append(try readBytes())
        }
        let hashes = try readTable { reader throws(Damaged) in try reader.readUInt64() }
        return SearchIndexState.Snapshot(language: language, options: options, documents: documents, textIdentities: identities,
                                         languages: languages, years: years, terms: terms, lists: lists, encoded: encoded, hashes: hashes)
    }
}
