import Search

/// How `.zeche-cache/search-…` holds a search index's state (`SearchStateFile`). Read back by
/// `CacheReader+SearchState.swift`.
extension CacheWriter {
    /// The snapshot, whose lists it lets go of as it writes them, calling `flush` after each
    /// document and term (which may hand the bytes so far to a file): the file and the
    /// postings are not both whole in memory.
    mutating func write(_ snapshot: inout SearchIndexState.Snapshot, flush: (inout CacheWriter) -> Void) {
        write(snapshot.language)
        let options = snapshot.options
        for number in [options.documentsPerChunk, options.textsPerChunk, options.shardSplitBytes, options.excerptLength, options.textLength] {
            write(number)
        }
        write(snapshot.documents.count)
        for (index, document) in snapshot.documents.enumerated() {
            for text in [document.id, document.url, document.title, document.subtitle, document.summary, document.section, document.date,
                         document.language, document.label] {
                write(text)
            }
            write(document.tags)
            write(document.categories)
            write(document.authors)
            write(snapshot.textIdentities[index])
            write(snapshot.languages[index])
            write(snapshot.years[index])
            flush(&self)
        }
        snapshot.documents = []
        write(snapshot.terms.count)
        for index in snapshot.terms.indices {
            write(snapshot.terms[index])
            write(bytes: snapshot.lists[index])
            write(bytes: snapshot.encoded[index])
            snapshot.lists[index] = []
            snapshot.encoded[index] = []
            flush(&self)
        }
        write(snapshot.hashes) { $0.write($1) }
    }
}
