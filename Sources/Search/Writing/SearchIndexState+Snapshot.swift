/// A state as a cache on disk keeps it between two processes (`zeche build`'s
/// `.zeche-cache/search-…`): what cannot be made again without analysing every text (the
/// postings of every term, the documents without their texts), what is cheap to keep and
/// dear to make (the lists as the term files write them, each file's hash); not what is made
/// again from those (the tails each compound is filed under, the shards, the paths).
extension SearchIndexState {
    package struct Snapshot: Sendable {
        package var language: String
        package var options: SearchIndexOptions
        /// The documents in index order, their bodies left empty: `textIdentities` stand for them.
        package var documents: [SearchDocument]
        package var textIdentities: [UInt64]
        /// Per document, the language it was analysed in (BCP 47) and the year of its facet.
        package var languages: [String]
        package var years: [String?]
        /// Every term, and its whole-word postings (`PostingList`'s bytes).
        package var terms: [String]
        package var lists: [[UInt8]]
        /// Per term, its filed list as the term files write it.
        package var encoded: [[UInt8]]
        /// Path → the `fileHash` of the file's bytes.
        package var hashes: [String: UInt64]

        package init(language: String, options: SearchIndexOptions, documents: [SearchDocument], textIdentities: [UInt64],
                     languages: [String], years: [String?], terms: [String], lists: [[UInt8]], encoded: [[UInt8]],
                     hashes: [String: UInt64]) {
            (self.language, self.options, self.documents, self.textIdentities) = (language, options, documents, textIdentities)
            (self.languages, self.years, self.terms, self.lists, self.encoded) = (languages, years, terms, lists, encoded)
            self.hashes = hashes
        }
    }

    /// The snapshot of the state, which gives up its model on the way: the postings are moved,
    /// never copied, so that a large archive's index is not twice in memory while it is
    /// written. `nil` when the state has no index, or a document's text has no identity (it
    /// could not be told from another text without its text).
    package consuming func snapshot() -> Snapshot? {
        guard let model = model.take(), var layout = layout.take(),
              model.documents.allSatisfy({ $0.body.identity != nil }) else { return nil }
        let encoded = layout.encoded
        layout.encoded = []
        let parts = Self.parts(of: model)
        return Snapshot(language: language, options: options, documents: parts.documents, textIdentities: parts.identities,
                        languages: parts.languages, years: parts.years, terms: parts.terms, lists: parts.lists, encoded: encoded,
                        hashes: hashes)
    }

    /// The parts of `model`, which is gone when they are returned: its filed lists share the
    /// postings' bytes, which are then held by the parts alone.
    private static func parts(of model: consuming IndexModel)
        -> (documents: [SearchDocument], identities: [UInt64], languages: [String], years: [String?], terms: [String], lists: [[UInt8]]) {
        let documents = model.documents.map { document in
            var document = document
            document.body = SearchText("")
            return document
        }
        return (documents, model.documents.map { $0.body.identity ?? 0 }, model.languages.map(\.code), model.years,
                model.base.terms, model.base.lists.map(\.bytes))
    }

    /// The state a snapshot was taken of, its files told apart by `fileHash` (the function the
    /// hashes were made with); `nil` when the snapshot does not hold together (counts that
    /// differ, a list that is no list of its documents).
    package init?(restoring snapshot: consuming Snapshot, fileHash: @escaping FileHash) {
        let count = snapshot.documents.count
        guard snapshot.textIdentities.count == count, snapshot.languages.count == count, snapshot.years.count == count,
              snapshot.encoded.count == snapshot.terms.count, count < Int32.max else { return nil }
        var lists: [PostingList] = []
        lists.reserveCapacity(snapshot.lists.count)
        for index in snapshot.lists.indices {
            guard let list = PostingList(checking: snapshot.lists[index], documentCount: count) else { return nil }
            lists.append(list)
            snapshot.lists[index] = []
        }
        guard let base = PostingTable(terms: snapshot.terms, lists: lists) else { return nil }
        var documents = snapshot.documents
        snapshot.documents = []
        for index in documents.indices { documents[index].body = SearchText(standingFor: snapshot.textIdentities[index]) }
        let model = IndexModel(restoring: documents, languages: snapshot.languages.map(SearchLanguage.init), years: snapshot.years,
                               base: base)
        // Linked tails get ids of their own when the terms are looked at: a snapshot's terms
        // already have them, so the model has exactly its terms.
        guard model.base.terms.count == snapshot.terms.count else { return nil }
        self.init(fileHash: fileHash)
        self.model = model
        layout = IndexLayout(encoded: snapshot.encoded, terms: snapshot.terms, splitBytes: snapshot.options.shardSplitBytes)
        language = snapshot.language
        options = snapshot.options
        hashes = snapshot.hashes
        paths = hashes.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
