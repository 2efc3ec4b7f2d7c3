/// Where a kept index finds the lists it has not taken in: a build's state on disk
/// (`.zeche-cache/search-…`), read a part at a time and checked as it is read, so that an
/// update takes in only the lists it touches. A store that finds its bytes damaged says so, and
/// the update makes the index anew.
package protocol PostingStore: Sendable {
    /// The whole-word postings (`PostingList`'s bytes) and the filed list as the term files
    /// write it of each of `terms`, ascending, in that order; `nil` when they cannot be read.
    func read(_ terms: [Int32]) -> [(list: [UInt8], encoded: [UInt8])]?

    /// Hands every term's whole-word postings to `body`, a part at a time, the bytes valid during
    /// the call only; `false` when they cannot all be read.
    func forEachList(_ body: (Int32, UnsafeBufferPointer<UInt8>) -> Void) -> Bool
}

/// The lists of a restored state that are still in its store.
struct StoredLists: Sendable {
    let store: any PostingStore
    /// Per term id of the snapshot: whether the model holds its list and encoding. Terms added
    /// since have no stored list.
    var isLoaded: [Bool]

    func isStored(_ term: Int32) -> Bool { Int(term) < isLoaded.count && !isLoaded[Int(term)] }

    /// Takes the lists of `terms` the model does not hold yet into `model` and `layout`, each
    /// checked against the documents and the size the snapshot gave; `false` when one cannot be
    /// read or does not hold together.
    mutating func load(_ terms: some Sequence<Int32>, model: inout IndexModel, layout: inout IndexLayout) -> Bool {
        let missing = Set(terms.filter(isStored)).sorted()
        guard !missing.isEmpty else { return true }
        guard let read = store.read(missing), read.count == missing.count else { return false }
        for (term, bytes) in zip(missing, read) {
            guard let list = PostingList(checking: bytes.list, documentCount: model.documentCount),
                  bytes.encoded.count == layout.sizes[Int(term)] else { return false }
            model.takeIn(list, for: term)
            layout.encoded[Int(term)] = bytes.encoded
            isLoaded[Int(term)] = true
        }
        return true
    }

    /// Takes in every list still stored.
    mutating func loadAll(model: inout IndexModel, layout: inout IndexLayout) -> Bool {
        load((0..<Int32(isLoaded.count)), model: &model, layout: &layout)
    }
}
