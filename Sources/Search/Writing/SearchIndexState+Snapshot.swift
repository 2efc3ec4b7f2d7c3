import TextCore

/// A state as a cache on disk keeps it between two processes (`zeche build`'s
/// `.zeche-cache/search-…`): what cannot be made again without analysing every text (the
/// postings of every term), what is cheap to keep and dear to make (the lists as the term files
/// write them, each file's hash), and a mark of each document instead of the document; not what
/// is made again from those (the tails each compound is filed under, the shards, the paths).
extension SearchIndexState {
    package struct Snapshot: Sendable {
        package var language: String
        package var options: SearchIndexOptions
        /// Per document in index order, its mark.
        package var marks: [DocumentMark]
        /// Every term.
        package var terms: [String]
        /// Per term, its whole-word postings (`PostingList`'s bytes) and its filed list as the
        /// term files write it; both empty for a term whose lists are in `store`.
        package var lists: [[UInt8]]
        package var encoded: [[UInt8]]
        /// Per term, the size of its filed list as the term files write it.
        package var encodedSizes: [Int]
        /// Where the lists are that the snapshot does not hold, by term (`nil`: it holds all).
        package var store: (any PostingStore)?
        package var isInStore: [Bool]
        /// The terms whose lists changed since the state was restored from `store`; `nil`: every term.
        package var changed: Set<Int32>?
        /// Path → the `fileHash` of the file's bytes.
        package var hashes: [String: UInt64]

        /// A snapshot read back from a store: every list is in it.
        package init(language: String, options: SearchIndexOptions, marks: [DocumentMark], terms: [String], encodedSizes: [Int],
                     store: any PostingStore, hashes: [String: UInt64]) {
            (self.language, self.options, self.marks, self.terms, self.encodedSizes) = (language, options, marks, terms, encodedSizes)
            lists = Array(repeating: [], count: terms.count)
            encoded = lists
            isInStore = Array(repeating: true, count: terms.count)
            (self.store, changed, self.hashes) = (store, [], hashes)
        }

        fileprivate init(language: String, options: SearchIndexOptions, marks: [DocumentMark], terms: [String], lists: [[UInt8]],
                         encoded: [[UInt8]], encodedSizes: [Int], stored: StoredLists?, changed: Set<Int32>?, hashes: [String: UInt64]) {
            (self.language, self.options, self.marks, self.terms, self.lists) = (language, options, marks, terms, lists)
            (self.encoded, self.encodedSizes, store, self.changed, self.hashes) = (encoded, encodedSizes, stored?.store, changed, hashes)
            isInStore = terms.indices.map { stored?.isStored(Int32($0)) ?? false }
        }
    }

    /// The snapshot of the state, which gives up its model on the way: the postings are moved,
    /// never copied, so that a large archive's index is not twice in memory while it is
    /// written. `nil` when the state has no index, or a document's text has no identity (it
    /// could not be told from another text without its text).
    package consuming func snapshot() -> Snapshot? {
        guard let model = model.take(), var layout = layout.take() else { return nil }
        let marks = marks ?? {
            let marks = DocumentMark.marks(of: model.documents, languages: model.languages, hash: fileHash)
            return marks.allSatisfy { $0 != nil } ? marks.compactMap { $0 } : nil
        }()
        guard let marks, marks.count == model.documentCount else { return nil }
        let encoded = layout.encoded
        let sizes = layout.sizes
        layout.encoded = []
        let terms = model.base.terms
        let lists = model.takeLists().map(\.bytes)
        return Snapshot(language: language, options: options, marks: marks, terms: terms, lists: lists, encoded: encoded,
                        encodedSizes: sizes, stored: stored, changed: dirty, hashes: hashes)
    }

    /// The state a snapshot was taken of, its files told apart by `fileHash` (the function the
    /// marks and hashes were made with); `nil` when the snapshot does not hold together (counts
    /// that differ, a list that is no list of its documents, a term twice).
    package init?(restoring snapshot: consuming Snapshot, fileHash: @escaping FileHash) {
        let count = snapshot.marks.count
        let termCount = snapshot.terms.count
        guard snapshot.lists.count == termCount, snapshot.encoded.count == termCount, snapshot.encodedSizes.count == termCount,
              snapshot.isInStore.count == termCount, count < Int32.max,
              snapshot.encodedSizes.allSatisfy({ $0 >= 0 }) else { return nil }
        var lists: [PostingList] = []
        lists.reserveCapacity(termCount)
        for index in snapshot.lists.indices {
            if snapshot.isInStore[index] {
                lists.append(PostingList())
                continue
            }
            guard let list = PostingList(checking: snapshot.lists[index], documentCount: count),
                  snapshot.encoded[index].count == snapshot.encodedSizes[index] else { return nil }
            lists.append(list)
            snapshot.lists[index] = []
        }
        guard snapshot.isInStore.allSatisfy({ !$0 }) || snapshot.store != nil,
              let base = PostingTable(terms: snapshot.terms, lists: lists) else { return nil }
        let model = IndexModel(restoring: count, base: base)
        // Linked tails get ids of their own when the terms are looked at: a snapshot's terms
        // already have them, so the model has exactly its terms.
        guard model.base.terms.count == termCount else { return nil }
        self.init(fileHash: fileHash)
        self.model = model
        layout = IndexLayout(encoded: snapshot.encoded, sizes: snapshot.encodedSizes, terms: snapshot.terms,
                             splitBytes: snapshot.options.shardSplitBytes)
        if let store = snapshot.store {
            stored = StoredLists(store: store, isLoaded: snapshot.isInStore.map { !$0 })
            dirty = snapshot.changed.map { $0.filter { Int($0) < termCount } }
        }
        marks = snapshot.marks
        language = snapshot.language
        options = snapshot.options
        hashes = snapshot.hashes
        paths = hashes.keys.sorted { $0.precedesInUTF8($1) }
    }
}
