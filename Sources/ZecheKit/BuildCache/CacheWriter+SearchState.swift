import Search

/// How `.zeche-cache/search-…` holds a search index's state (`SearchStateFile`): the file
/// itself, and its parts (`SearchStateParts`). Read back by `CacheReader+SearchState.swift`.
extension CacheWriter {
    /// Everything of the snapshot but its lists, with the parts that hold them.
    mutating func write(_ snapshot: SearchIndexState.Snapshot, parts: [SearchStateParts.Part]) {
        write(snapshot.language)
        let options = snapshot.options
        for number in [options.documentsPerChunk, options.textsPerChunk, options.shardSplitBytes, options.excerptLength, options.textLength] {
            write(number)
        }
        write(snapshot.marks.count)
        for mark in snapshot.marks {
            write(mark.key)
            write(mark.fingerprint)
        }
        write(snapshot.terms.count)
        for (term, size) in zip(snapshot.terms, snapshot.encodedSizes) {
            write(term)
            write(size)
        }
        write(parts) { writer, part in
            writer.write(part.terms.lowerBound)
            writer.write(part.terms.upperBound)
            writer.write(part.checksum)
        }
        write(snapshot.hashes) { $0.write($1) }
    }
}
